package io.github.gongkai.check;

import io.github.gongkai.check.Sentences.Sentence;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Check;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.Report;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year the text speaks of against the report's year (from the title, else the text). Only a year that
 * opens a sentence or clause and introduces what was done (2021年,我镇… / 2021年共… / 2021年度全县…) is read as
 * the year reported on; an earlier one there is the mark of a report copied from last year. Years in the
 * titles of other documents (《…2021年…》), spans (2019年以来) and comparisons (较上年, 同比) are passed over,
 * as are later years, which plans for next year name. Section 五 is passed over: its account of problems
 * and their remedy legitimately speaks of last year's.
 */
final class YearRules {
    private static final Pattern STATED = Pattern.compile(
            "(?:^|[,;:])(?:\\d+\\.)?(20[0-4]\\d)年(?:度)?(?=[,:]|共|全年|累计|我|本|全)");
    private static final int PROBLEMS = 5;
    private static final Pattern COMPARISON = Pattern.compile("上年|去年|上一年|同比|相比|较|比|以来|以前|之前|前");

    private YearRules() {
    }

    static void check(Report report, Findings findings) {
        OptionalInt year = report.info().year();
        if (year.isEmpty()) {
            findings.checks.add(new Check("year.text", Check.Outcome.NOT_ASSESSABLE, Location.REPORT));
            return;
        }
        Set<Integer> flagged = new TreeSet<>();
        for (Sentence sentence : Sentences.of(report)) {
            String text = sentence.withoutTitles();
            if (sentence.section() == PROBLEMS || COMPARISON.matcher(text).find()) {
                continue;
            }
            Matcher matcher = STATED.matcher(text);
            while (matcher.find()) {
                int stated = Integer.parseInt(matcher.group(1));
                if (stated < year.getAsInt() && flagged.add(stated)) {
                    Location location = Location.section(sentence.section(), sentence.origin());
                    findings.add(Anomaly.of(AnomalyCode.YEAR_MISMATCH, new Message(
                            "the report is on " + year.getAsInt() + ", the text speaks of " + stated,
                            "报告年度为" + year.getAsInt() + "年,正文称" + stated + "年"), location, sentence.quote()));
                }
            }
        }
        findings.checks.add(new Check("year.text", flagged.isEmpty() ? Check.Outcome.PASS : Check.Outcome.FAIL,
                Location.REPORT));
    }
}
