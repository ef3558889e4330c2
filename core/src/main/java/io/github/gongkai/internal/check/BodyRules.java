package io.github.gongkai.internal.check;

import io.github.gongkai.internal.check.Sentences.Sentence;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Check;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.Report;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuing body against the bodies the text names. A body's name is its places and its type
 * (清河县 + 人民政府, 临川市 + 市场监督管理局, 武陵区城关街道 + 办事处); the text naming another body of the same
 * type at the same level (河西县人民政府 in 清河县人民政府's report) is the mark of a report copied from a
 * neighbour's. Parent and child bodies (县人民政府 in a town's report), other types (县教育局 in a county's
 * report), references without a name (我县, 各乡镇人民政府), former names (原河西县人民政府), titles of other documents
 * and sentences about visits and joint work with a neighbour are passed over.
 */
final class BodyRules implements Rule {
    private static final Pattern NAME = Pattern.compile(
            "((?:\\p{IsHan}{1,7}?(?:自治州|自治县|街道|省|市|州|盟|县|区|旗|镇|乡))+)(\\p{IsHan}{2,12})");
    private static final Pattern LEVEL = Pattern.compile("(?:自治州|自治县|街道|省|市|州|盟|县|区|旗|镇|乡)$");
    /** Words before a level that refer to a body without naming it, or to several (市县, 乡镇, 各区). */
    private static final String NOT_A_NAME = "本我该各全每其此乡县市区镇省州等两邻周相有上下同属辖驻";
    private static final int PLACE_LENGTH = 2;
    /** Visits, exchanges and joint work name a neighbour honestly (河西县人民政府来我县交流). */
    private static final Pattern EXCHANGE = Pattern.compile("交流|学习|考察|调研|观摩|来我|到我|赴|前往|联合|协作|合作|兄弟");

    @Override
    public void check(ReportContext context, Findings findings) {
        Report report = context.report();
        List<Sentence> sentences = context.sentences();
        Optional<Body> body = report.info().body().flatMap(BodyRules::parse);
        if (body.isEmpty()) {
            findings.check(AnomalyCode.BODY_MISMATCH, "body.text", Check.Outcome.NOT_ASSESSABLE, Location.REPORT);
            return;
        }
        String marker = body.get().level() + body.get().type();
        Set<String> flagged = new HashSet<>();
        for (Sentence sentence : sentences) {
            String text = sentence.withoutTitles();
            if (EXCHANGE.matcher(text).find()) {
                continue;
            }
            for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
                String before = text.substring(0, at);
                if (before.endsWith(body.get().stem()) || continuesType(text, at + marker.length())) {
                    continue;
                }
                otherName(before).filter(flagged::add).ifPresent(other -> {
                    String name = other + marker;
                    findings.add(Anomaly.of(AnomalyCode.BODY_MISMATCH, new Message(
                            "the report is " + report.info().body().get() + "'s, the text names " + name,
                            "报告机关为" + report.info().body().get() + ",正文出现" + name),
                            Location.section(sentence.section(), sentence.origin()), sentence.quote()));
                });
            }
        }
        findings.check(AnomalyCode.BODY_MISMATCH, "body.text", flagged.isEmpty() ? Check.Outcome.PASS : Check.Outcome.FAIL,
                Location.REPORT);
    }

    /** 人民政府办公室 is another type of body than 人民政府. */
    private static boolean continuesType(String text, int end) {
        return text.startsWith("办", end) && !text.startsWith("办理", end);
    }

    /** The place name just before a level, such as 河西 before 县人民政府, when it is one. */
    private static Optional<String> otherName(String before) {
        if (before.length() < PLACE_LENGTH) {
            return Optional.empty();
        }
        String place = before.substring(before.length() - PLACE_LENGTH);
        if (before.length() > PLACE_LENGTH && before.charAt(before.length() - PLACE_LENGTH - 1) == '原') {
            return Optional.empty(); // a former name (原河西县人民政府), as of a merged or renamed body
        }
        for (char c : place.toCharArray()) {
            if (!Character.isIdeographic(c) || NOT_A_NAME.indexOf(c) >= 0) {
                return Optional.empty();
            }
        }
        return Optional.of(place);
    }

    /** A body's name split into the stem of its innermost place, the place's level, and its type. */
    static Optional<Body> parse(String name) {
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String places = matcher.group(1);
        Matcher level = LEVEL.matcher(places);
        if (!level.find()) {
            return Optional.empty();
        }
        String withoutLevel = places.substring(0, level.start());
        String stem = withoutLevel.substring(Math.max(0, withoutLevel.length() - PLACE_LENGTH));
        return Optional.of(new Body(stem, level.group(), matcher.group(2)));
    }

    /**
     * A body's name in parts.
     *
     * @param stem  the last characters of its innermost place (清河 of 清河县)
     * @param level the innermost place's level (县)
     * @param type  what comes after the places (人民政府)
     */
    record Body(String stem, String level, String type) {
    }
}
