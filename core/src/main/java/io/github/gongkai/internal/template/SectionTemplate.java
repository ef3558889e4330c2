package io.github.gongkai.internal.template;

import java.util.List;

/** The six numbered sections of the template: their titles and the words that identify each. */
public final class SectionTemplate {

    private static final List<String> TITLES = List.of("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
            "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项");

    /** Words of which a heading's title holds at least one, per section; wording drifts around them. */
    private static final List<List<String>> KEYWORDS = List.of(
            List.of("总体情况", "基本情况", "总体概况", "概述"),
            List.of("主动公开"),
            List.of("收到和处理", "依申请公开", "申请情况"),
            List.of("行政复议", "行政诉讼"),
            List.of("存在的主要问题", "主要问题", "存在问题", "改进情况", "改进措施"),
            List.of("其他需要报告", "其他事项", "其他需要说明"));

    private SectionTemplate() {
    }

    /** The template's title of section {@code number} (1–6). */
    public static String title(int number) {
        return TITLES.get(number - 1);
    }

    /** Whether a normalised heading title reads as the title of section {@code number}. */
    public static boolean titleMatches(int number, String title) {
        String compact = title.replace(" ", "");
        for (String keyword : KEYWORDS.get(number - 1)) {
            if (compact.contains(keyword)) {
                return true;
            }
        }
        return Labels.similarity(compact, TITLES.get(number - 1)) >= 0.7;
    }

    /**
     * Where the title ends in a heading that runs on into text: after the longest prefix of the remainder that
     * matches a keyword of the section, or at the first sentence punctuation; -1 where it cannot tell.
     */
    public static int titleEnd(int number, String remainder) {
        String title = TITLES.get(number - 1);
        if (remainder.startsWith(title)) {
            return title.length();
        }
        int end = -1;
        for (String keyword : KEYWORDS.get(number - 1)) {
            int at = remainder.indexOf(keyword);
            if (at >= 0 && at <= 8) {
                end = Math.max(end, at + keyword.length());
            }
        }
        if (end >= 0) {
            // Take the rest of a short title that continues past the keyword (…情况, …事项).
            int stop = end;
            while (stop < remainder.length() && stop < end + 6 && !isPunctuation(remainder.charAt(stop))
                    && !Character.isDigit(remainder.charAt(stop))) {
                stop++;
            }
            String tail = remainder.substring(end, stop);
            if (tail.endsWith("情况") || tail.endsWith("事项") || tail.endsWith("措施")) {
                return stop;
            }
        }
        return end;
    }

    private static boolean isPunctuation(char ch) {
        return "。,;:!?、()\"'".indexOf(ch) >= 0;
    }
}
