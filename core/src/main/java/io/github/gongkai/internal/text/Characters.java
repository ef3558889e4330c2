package io.github.gongkai.internal.text;

/** Character classes the normalisation steps and the format parsers share. */
public final class Characters {
    private Characters() {
    }

    /**
     * Whether the code point is a Chinese character (汉字): unified and compatibility ideographs, Kangxi
     * radicals, 〇 and 々 – everything of the Han script.
     */
    static boolean isHan(int cp) {
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return true; // the common block, answered without the script table
        }
        return cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /**
     * Whether the code point is wide in the typographic sense, the text that joins without spaces: Chinese
     * characters, radicals, kana, CJK punctuation ({@code 、。《》【】「」}), full-width forms ({@code （）：；，}) and
     * the punctuation Chinese text shares with Western text but sets as its own ({@code “” ‘’ — … ·}). Next to a
     * wide character a space or a line break carries no meaning.
     */
    public static boolean isWide(int cp) {
        return cp >= 0x2E80 && cp <= 0x9FFF      // radicals, CJK punctuation, kana, ideographs
                || cp >= 0xF900 && cp <= 0xFAFF  // compatibility ideographs
                || cp >= 0xFE30 && cp <= 0xFE4F  // compatibility forms
                || cp >= 0xFF00 && cp <= 0xFFEF  // full-width forms
                || cp == '\u201C' || cp == '\u201D' || cp == '\u2018' || cp == '\u2019'
                || cp == '\u2014' || cp == '\u2026' || cp == '\u00B7'
                || isHan(cp);                     // the ideographs beyond the basic plane
    }

    /**
     * Whether the code point is narrow but binds to a neighbouring wide character with no space between:
     * digits, brackets, and the punctuation that full-width folding turned into ASCII ({@code ，} → {@code ,}).
     */
    static boolean bindsToWide(int cp) {
        return cp >= '0' && cp <= '9' || "()[]{}<>,.;:!?%\"'".indexOf(cp) >= 0;
    }

    /**
     * Whether the code point separates words: white space, no-break spaces and the control characters
     * that stray into extracted text.
     */
    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp);
    }

    /** Whether the code point is invisible and carries nothing: zero-width characters, soft hyphen, BOM. */
    static boolean isInvisible(int cp) {
        return cp == 0x00AD || cp >= 0x200B && cp <= 0x200D || cp == 0x2060 || cp == 0xFEFF;
    }

    /**
     * The text without white space at both ends, including ideographic and no-break spaces and a byte order
     * mark, which {@link String#strip} leaves.
     */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isEdgeSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isEdgeSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** White space at a text's edge: also ideographic and no-break spaces and a byte order mark. */
    public static boolean isEdgeSpace(char ch) {
        return Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\uFEFF';
    }
}
