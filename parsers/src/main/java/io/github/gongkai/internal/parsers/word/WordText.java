package io.github.gongkai.internal.parsers.word;

import io.github.gongkai.internal.text.LineJoin;
import java.util.List;
import java.util.regex.Pattern;

/** Text rules both Word formats share: joining the lines of a cell or paragraph, and what looks like a title. */
final class WordText {
    /** Any line break ({@code \R}): compiled once, since cells, runs and list labels are split by it. */
    static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final int LONGEST_TITLE = 80;

    private WordText() {
    }

    /**
     * Joins lines (the paragraphs of a cell, or the lines of a paragraph split by manual breaks) into one
     * line: directly where either side of the join is CJK, since Chinese has no spaces between words and a
     * wrapped label such as 法律服务 / 机构 must come out as 法律服务机构; with one space otherwise.
     */
    static String joinLines(List<String> lines) {
        return LineJoin.join(lines.stream().map(String::strip).toList(), LineJoin.Break.AUTHORED);
    }

    /** Whether a style name, in lower case, is Word's title or a heading style: title, heading 1, 标题 1. */
    static boolean isHeadingStyleName(String name) {
        return name.equals("title") || name.startsWith("heading") || name.startsWith("标题");
    }

    /** A short line that does not end like a sentence: what a title or heading looks like. */
    static boolean looksLikeTitle(String text) {
        if (text.isBlank() || text.length() > LONGEST_TITLE) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return "。；;：:，,".indexOf(last) < 0;
    }
}
