package io.github.gongkai.internal.map;

import io.github.gongkai.internal.locate.Line;
import io.github.gongkai.internal.text.Numbers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years a report names: in Arabic digits ({@code 2023年}) or digit by digit in Chinese numerals
 * ({@code 二〇二三年}, {@code 二零二三年度}), as titles of official documents often write them.
 */
final class Years {
    /** A year of the open-government era, 2000–2049; group 1 is its numeral. */
    static final String YEAR = "(20[0-4]\\d|二[〇零○][〇零○一二三四][〇零○一二三四五六七八九])年";
    static final Pattern IN_TEXT = Pattern.compile(YEAR);
    /**
     * The statistics period the template asks reports to state (本报告中所列数据的统计期限自2023年1月1日起至2023年12月31
     * 日止): it names the report's year whatever other years the narrative mentions.
     */
    private static final Pattern PERIOD = Pattern.compile(
            YEAR + "1月1日起?(?:至|到|-|—|~)(?:" + YEAR + ")?12月31日");
    /** A date in words: {@code 2024年1月20日}, {@code 二〇二四年一月二十日}. */
    static final String DATE = YEAR + "[0-9〇零一二三四五六七八九十]{1,2}月[0-9〇零一二三四五六七八九十]{1,3}日";
    /** A date at the end of a line, in words or in digits ({@code 2024-01-30 09:12}); group 1 or 2 is its year. */
    private static final Pattern DATED = Pattern.compile("(?:" + DATE + "|(?<!\\d)(20[0-4]\\d)[-/.]\\d{1,2}[-/.]\\d{1,2})"
            + "\\)?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?$");
    /** Lines longer than this are sentences, not a date line or a signature. */
    private static final int DATE_LINE = 40;
    /** Text in 《》 names other documents, whose years and issuers are not the report's. */
    static final Pattern QUOTED_TITLE = Pattern.compile("《[^》]*》");

    private Years() {
    }

    /** The first year the text names, or empty. */
    static OptionalInt first(String text) {
        Matcher matcher = IN_TEXT.matcher(text);
        return matcher.find() ? OptionalInt.of(value(matcher.group(1))) : OptionalInt.empty();
    }

    /** The year of the statistics period the narrative states, or empty. */
    static OptionalInt ofPeriod(List<Line> narrative) {
        for (Line line : narrative) {
            Matcher period = PERIOD.matcher(QUOTED_TITLE.matcher(line.text()).replaceAll(""));
            if (period.find()) {
                return OptionalInt.of(value(period.group(1)));
            }
        }
        return OptionalInt.empty();
    }

    /** The year the narrative names most often, the later one where two are named as often. */
    static OptionalInt mostNamed(List<Line> narrative) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Line line : narrative) {
            Matcher matcher = IN_TEXT.matcher(QUOTED_TITLE.matcher(line.text()).replaceAll(""));
            while (matcher.find()) {
                counts.merge(value(matcher.group(1)), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> OptionalInt.of(entry.getKey())).orElse(OptionalInt.empty());
    }

    /**
     * The year of the date a short line ends with ({@code 2024年1月20日}, {@code 发布时间:2024-01-30 09:12},
     * {@code 青石县人民政府办公室 2024年1月20日}, {@code (2024年1月23日)}), or empty.
     */
    static OptionalInt ofDate(String text) {
        if (text.length() > DATE_LINE) {
            return OptionalInt.empty();
        }
        Matcher matcher = DATED.matcher(text);
        if (!matcher.find()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(matcher.group(1) != null ? value(matcher.group(1)) : Integer.parseInt(matcher.group(2)));
    }

    /** The value of a numeral {@link #YEAR} matched. */
    private static int value(String numeral) {
        return (int) Numbers.parseChineseInteger(numeral).orElseThrow();
    }
}
