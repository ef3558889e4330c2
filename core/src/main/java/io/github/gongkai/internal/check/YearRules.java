package io.github.gongkai.internal.check;

import io.github.gongkai.internal.check.Sentences.Sentence;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Check;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.Section;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year the text speaks of against the report's year (from the title, else the text). Only a year that
 * opens a sentence or clause and introduces what was done (2021年,我镇… / 2021年共… / 2021年度全县…) is read as
 * the year reported on; an earlier one there is the mark of a report copied from last year. Years in the
 * titles of other documents (《…2021年…》), spans (2019年以来), comparisons (较上年, 同比) and evaluations
 * are passed over, as are other years in a sentence that also names the report's year (a history), later
 * years introducing what will be done (2023年,我局将…), and later years where the text also speaks of the report's
 * year: plans name next year.
 * An earlier year in a section's heading is flagged too. Section 五 is passed over: its account of problems
 * and their remedy legitimately speaks of last year's.
 */
final class YearRules implements Rule {
    private static final Pattern STATED = Pattern.compile(
            "(?:^|[,;:])(?:\\d+\\.)?(20[0-4]\\d)年(?:度)?(?=[,:]|共|全年|累计|我|本|全)");
    private static final int PROBLEMS = 5;
    private static final Pattern IN_HEADING = Pattern.compile("(20[0-4]\\d)年");
    /** Comparisons, spans, and evaluations of last year's work (2021年度考评中我县获评优秀) name other years. */
    private static final Pattern COMPARISON = Pattern.compile(
            "上年|去年|上一年|同比|相比|较|比|以来|以前|之前|前|考核|考评|评估|评价|评议|荣获|获评|获得|被评");

    /** A later year that introduces what will be done (2023年,我县将…) is a plan. */
    private static final Pattern PLAN = Pattern.compile("将|计划|拟|力争|争取|预计|打算");

    /** An earlier year in a heading (三、2021年收到和处理政府信息公开申请情况) speaks of the period reported on. */
    private static void earlierInHeading(Section section, int year, Map<Integer, Sentence> stated) {
        Matcher matcher = IN_HEADING.matcher(section.title());
        while (matcher.find()) {
            int named = Integer.parseInt(matcher.group(1));
            if (named < year) {
                String title = Sentences.compact(section.title());
                stated.putIfAbsent(named, new Sentence(section.number(), title, title, section.title(), section.origin()));
            }
        }
    }

    @Override
    public void check(ReportContext context, Findings findings) {
        Report report = context.report();
        List<Sentence> sentences = context.sentences();
        OptionalInt year = report.info().year();
        if (year.isEmpty()) {
            findings.check(AnomalyCode.YEAR_MISMATCH, "year.text", Check.Outcome.NOT_ASSESSABLE, Location.REPORT);
            return;
        }
        Map<Integer, Sentence> stated = new TreeMap<>();
        for (Sentence sentence : sentences) {
            String text = sentence.withoutTitles();
            if (sentence.section() == PROBLEMS) {
                continue;
            }
            Matcher matcher = STATED.matcher(text);
            if (!matcher.find() || COMPARISON.matcher(text).find()) {
                continue;
            }
            do {
                int named = Integer.parseInt(matcher.group(1));
                // A sentence that also names the report's year tells a history (2020年开通…,2022年进一步完善).
                boolean history = named != year.getAsInt() && text.contains(year.getAsInt() + "年");
                boolean plan = named > year.getAsInt() && PLAN.matcher(text).find(matcher.end());
                if (!history && !plan) {
                    stated.putIfAbsent(named, sentence);
                }
            } while (matcher.find());
        }
        for (Section section : report.sections()) {
            if (section.number() != PROBLEMS) {
                earlierInHeading(section, year.getAsInt(), stated);
                section.subsections().forEach(sub -> earlierInHeading(sub, year.getAsInt(), stated));
            }
        }
        // A later year is a plan (2023年,我局将…) unless the text never speaks of the report's own year.
        boolean ownYear = stated.containsKey(year.getAsInt());
        Set<Integer> flagged = new TreeSet<>();
        stated.forEach((other, sentence) -> {
            if (other < year.getAsInt() || other > year.getAsInt() && !ownYear) {
                flagged.add(other);
                findings.add(Anomaly.of(AnomalyCode.YEAR_MISMATCH, new Message(
                        "the report is on " + year.getAsInt() + ", the text speaks of " + other,
                        "报告年度为" + year.getAsInt() + "年,正文称" + other + "年"),
                        Location.section(sentence.section(), sentence.origin()), sentence.quote()));
            }
        });
        findings.check(AnomalyCode.YEAR_MISMATCH, "year.text", flagged.isEmpty() ? Check.Outcome.PASS : Check.Outcome.FAIL,
                Location.REPORT);
    }
}
