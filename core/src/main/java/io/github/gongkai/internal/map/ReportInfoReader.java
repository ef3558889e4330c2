package io.github.gongkai.internal.map;

import io.github.gongkai.internal.locate.Line;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a report's title, issuing body and year from its text. */
final class ReportInfoReader {
    private static final Pattern YEAR = Pattern.compile("(20[0-4]\\d)年");
    private static final Pattern TITLE_WORDS = Pattern.compile("(年度报告|工作报告|年报)");
    /** What names of issuing bodies end with, most specific first. */
    private static final Pattern BODY = Pattern.compile(
            "([\\p{IsHan}]{2,24}?(?:人民政府办公室|人民政府办公厅|人民政府|街道办事处|办事处|管理委员会|委员会|办公室|办公厅|局|厅))");
    /** Words that end a clause before a body's name starts. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[^\\p{IsHan}]+|年|的|由|在|对|按照|根据|关于|印发|是|为");
    /** Text in 《》 names other documents, and their issuers are not the report's. */
    private static final Pattern QUOTED_TITLE = Pattern.compile("《[^》]*》");
    private static final int TITLE_SEARCH = 6;
    /** A line of Chinese words and digits only: a title's part, not a sentence, a date or a menu. */
    private static final Pattern WORDS_ONLY = Pattern.compile("[\\p{IsHan}0-9]+");

    private ReportInfoReader() {
    }

    /**
     * The report's title: the first line before the first section that reads as one, else the document's own
     * title where it does; empty where neither does.
     */
    static String title(List<Line> lines, int firstSection, String documentTitle) {
        int end = Math.min(firstSection < 0 ? lines.size() : firstSection, TITLE_SEARCH);
        for (int i = 0; i < end; i++) {
            String text = lines.get(i).text();
            if (TITLE_WORDS.matcher(text).find() && text.length() <= 80) {
                return i > 0 && startsTitle(lines.get(i - 1).text(), text) ? lines.get(i - 1).text() + text : text;
            }
        }
        return TITLE_WORDS.matcher(documentTitle).find() ? documentTitle : "";
    }

    /**
     * Whether a line is the first half of a title broken over two lines (a {@code <br>} in the heading, a
     * wrapped PDF title): the year is above and the title words below ({@code …2022年政府信息公开} /
     * {@code 工作年度报告}), or the body is above and the line below starts with the year
     * ({@code 青石镇人民政府} / {@code 2022年政府信息公开工作年度报告}).
     */
    private static boolean startsTitle(String above, String line) {
        if (above.length() + line.length() > 80 || !WORDS_ONLY.matcher(above).matches()) {
            return false;
        }
        boolean yearAbove = YEAR.matcher(above).find() && !YEAR.matcher(line).find();
        boolean bodyAbove = BODY.matcher(above).matches() && YEAR.matcher(line).lookingAt();
        return yearAbove || bodyAbove;
    }

    /** The year from the title, else the year the narrative names most often. */
    static OptionalInt year(String title, List<Line> narrative) {
        Matcher inTitle = YEAR.matcher(title);
        if (inTitle.find()) {
            return OptionalInt.of(Integer.parseInt(inTitle.group(1)));
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (Line line : narrative) {
            Matcher matcher = YEAR.matcher(QUOTED_TITLE.matcher(line.text()).replaceAll(""));
            while (matcher.find()) {
                counts.merge(Integer.parseInt(matcher.group(1)), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> OptionalInt.of(entry.getKey())).orElse(OptionalInt.empty());
    }

    /** The issuing body from the title, else the body the narrative names most often. */
    static Optional<String> body(String title, List<Line> narrative) {
        Matcher year = YEAR.matcher(title);
        String beforeYear = year.find() ? title.substring(0, year.start()) : "";
        Optional<String> fromTitle = bodyIn(beforeYear);
        if (fromTitle.isPresent()) {
            return fromTitle;
        }
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        for (Line line : narrative) {
            for (String clause : CLAUSE_BREAK.split(QUOTED_TITLE.matcher(line.text()).replaceAll("、"))) {
                bodyIn(clause).ifPresent(name -> {
                    counts.merge(name, weight(name), Integer::sum);
                    firstSeen.putIfAbsent(name, firstSeen.size());
                });
            }
        }
        return counts.keySet().stream()
                .max((a, b) -> counts.get(a).equals(counts.get(b))
                        ? Integer.compare(firstSeen.get(b), firstSeen.get(a))
                        : Integer.compare(counts.get(a), counts.get(b)));
    }

    /** Names with the suffixes of government bodies count more than 局 or 厅, which also end common words. */
    private static int weight(String name) {
        return name.endsWith("局") || name.endsWith("厅") ? 1 : 3;
    }

    /** A body's name that starts a clause, such as 石子镇人民政府 in 石子镇人民政府未收到…. */
    private static Optional<String> bodyIn(String clause) {
        Matcher matcher = BODY.matcher(clause);
        if (matcher.lookingAt()) {
            String name = matcher.group(1);
            // 我镇/本局 and the like refer to the body without naming it.
            if (name.length() >= 4 && !name.startsWith("我") && !name.startsWith("本") && !name.contains("工作")) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
