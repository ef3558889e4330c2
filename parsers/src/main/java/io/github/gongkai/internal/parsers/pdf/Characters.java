package io.github.gongkai.internal.parsers.pdf;

/** Character classes that decide where lines join without a space. */
final class Characters {
    private Characters() {
    }

    /**
     * CJK ideographs, radicals, kana, CJK and full-width punctuation: text in these scripts joins without
     * spaces, so a line break or a gap between two of them is no word boundary.
     */
    static boolean isWide(char ch) {
        return (ch >= '\u2E80' && ch <= '\u9FFF')   // radicals, Kangxi, CJK punctuation, kana, ideographs
                || (ch >= '\uF900' && ch <= '\uFAFF')   // compatibility ideographs
                || (ch >= '\uFE30' && ch <= '\uFE4F')   // compatibility forms
                || (ch >= '\uFF00' && ch <= '\uFFEF')   // full-width forms
                || ch == '\u201C' || ch == '\u201D' || ch == '\u2018' || ch == '\u2019' || ch == '\u2014'
                || ch == '\u2026' || ch == '\u00B7';
    }

    /**
     * Whether text decoded from a font is unusable: U+FFFD, private use or control characters are what
     * PDFBox yields for a font without a usable ToUnicode map.
     */
    static boolean isGarbage(String text) {
        if (text == null || text.isEmpty()) {
            return true;
        }
        return text.codePoints().anyMatch(cp -> cp == 0xFFFD || cp < ' '
                || Character.getType(cp) == Character.PRIVATE_USE);
    }

    /**
     * Joins two pieces of one paragraph or cell: directly between CJK text and within a number that wrapped in
     * a narrow cell ({@code 37,52} over {@code 9}), with a space between words.
     */
    static void join(StringBuilder out, String next) {
        if (out.length() > 0 && !next.isEmpty()) {
            char last = out.charAt(out.length() - 1);
            char first = next.charAt(0);
            boolean wrappedNumber = Character.isDigit(first) && (Character.isDigit(last) || last == ',' || last == '.');
            if (last != ' ' && first != ' ' && !isWide(last) && !isWide(first) && !wrappedNumber) {
                out.append(' ');
            }
        }
        out.append(next);
    }
}
