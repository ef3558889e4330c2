package io.github.gongkai.internal.parsers.word;

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
        StringBuilder out = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && !isCjk(out.charAt(out.length() - 1)) && !isCjk(line.charAt(0))) {
                out.append(' ');
            }
            out.append(line);
        }
        return out.toString();
    }

    /** CJK ideographs, CJK and full-width punctuation, and the curly quotes Chinese text uses. */
    static boolean isCjk(char ch) {
        return (ch >= '\u2E80' && ch <= '\u9FFF') || (ch >= '\uF900' && ch <= '\uFAFF')
                || (ch >= '\uFF00' && ch <= '\uFFEF') || (ch >= '\u2018' && ch <= '\u201F');
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
