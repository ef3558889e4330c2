package io.github.gongkai.internal.text;

import java.util.List;

/**
 * Joins the lines of one table cell or paragraph into one line: the one rule of every format parser. Lines join
 * directly where either side of the break is {@linkplain Characters#isWide wide}, since Chinese has no spaces
 * between words and the template writes none between Chinese and a digit or bracket either (a wrapped
 * {@code 法律服务} / {@code 机构} is {@code 法律服务机构}, {@code 3.} / {@code 危及} is {@code 3.危及}); two narrow
 * sides, Latin words, join with one space.
 */
public final class LineJoin {

    /** Who broke the line: that decides whether digits on both sides of the break are one number. */
    public enum Break {
        /**
         * The author: a paragraph or line break in a cell of a web page, Word file or Markdown table, put there on
         * purpose, so digits on both sides are two numbers ({@code 12} / {@code 345} is {@code 12 345}).
         */
        AUTHORED,
        /**
         * The layout: a PDF line ends where the cell's width ran out, also inside a number, so digits on both sides
         * are one ({@code 37,52} over {@code 9} is {@code 37,529}).
         */
        LAYOUT
    }

    private LineJoin() {
    }

    /** The lines joined into one line; empty lines are skipped. */
    public static String join(List<String> lines, Break kind) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            append(out, line, kind);
        }
        return out.toString();
    }

    /** Appends the next line of the same cell or paragraph to what is joined so far. */
    public static void append(StringBuilder out, String next, Break kind) {
        if (out.length() > 0 && !next.isEmpty() && needsSpace(out.codePointBefore(out.length()), next.codePointAt(0), kind)) {
            out.append(' ');
        }
        out.append(next);
    }

    private static boolean needsSpace(int last, int first, Break kind) {
        if (last == ' ' || first == ' ' || Characters.isWide(last) || Characters.isWide(first)) {
            return false;
        }
        return !(kind == Break.LAYOUT && Character.isDigit(first)
                && (Character.isDigit(last) || last == ',' || last == '.'));
    }
}
