package io.github.gongkai.internal.text;

/** Character classes the normalisation steps share. */
final class Characters {
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
     * Whether the code point is wide in the typographic sense: a Chinese character or CJK punctuation
     * (、。《》【】「」 and the like), next to which a space never carries meaning.
     */
    static boolean isWide(int cp) {
        return isHan(cp) || cp >= 0x3001 && cp <= 0x303F;
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
}
