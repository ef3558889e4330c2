package io.github.gongkai.internal.parsers.html;

import io.github.gongkai.internal.text.Characters;

/**
 * White space in page text, folded the way a browser renders it: runs of spaces, tabs, newlines,
 * {@code &nbsp;} and ideographic spaces ({@code U+3000}) become one space, except that a source line
 * break between two Chinese characters disappears (CSS segment-break rule: editors wrap long Chinese
 * lines anywhere, and the break is not a space), and so does any space between Chinese text and
 * full-width punctuation: the punctuation holds its own spacing, and the space is filler, such as the tab
 * after a list number that Word writes as {@code 一、&nbsp;&nbsp;&nbsp;} or a typed {@code 一、　总体情况}.
 */
final class InlineText {

    private InlineText() {
    }

    /** The text folded and trimmed: one line. */
    static String fold(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        int n = raw.length();
        while (i < n) {
            char ch = raw.charAt(i);
            if (ch == '\u200B' || ch == '\uFEFF') {
                i++; // zero-width characters separate nothing
                continue;
            }
            if (!isSpace(ch)) {
                out.append(ch);
                i++;
                continue;
            }
            boolean lineBreak = false;
            boolean visibleSpace = false;
            while (i < n && isSpace(raw.charAt(i))) {
                char space = raw.charAt(i);
                lineBreak |= space == '\n' || space == '\r';
                // Spaces the author typed on purpose, as opposed to source formatting.
                visibleSpace |= space == '\u00A0' || space == '\u3000';
                i++;
            }
            char before = out.length() > 0 ? out.charAt(out.length() - 1) : ' ';
            char after = i < n ? raw.charAt(i) : ' ';
            boolean between = Characters.isWide(before) && Characters.isWide(after);
            boolean filler = between && (isPunctuation(before) || isPunctuation(after));
            if (!(lineBreak && !visibleSpace && between) && !filler) {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }

    static boolean isSpace(char ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\u00A0'
                || ch == '\u3000' || ch == '\u2002' || ch == '\u2003';
    }

    /** Full-width punctuation: {@code 、。《》【】} and the full-width forms {@code （）：；，}, not letters or digits. */
    static boolean isPunctuation(char ch) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(ch);
        if (block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION) {
            return ch != '\u3000';
        }
        return block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && !Character.isLetterOrDigit(ch);
    }
}
