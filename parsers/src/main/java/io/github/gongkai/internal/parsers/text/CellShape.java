package io.github.gongkai.internal.parsers.text;

import io.github.gongkai.internal.text.Characters;
import io.github.gongkai.internal.text.OutlineNumber;
import java.util.regex.Pattern;

/**
 * What the text of one table cell looks like beyond a value ({@link io.github.gongkai.internal.text.CellValue}) or
 * an outline number ({@link OutlineNumber}): a heading, a page number, or a sentence that no table cell would hold.
 */
final class CellShape {
    /** Punctuation that ends or splits a sentence; row labels and headers never hold it. */
    private static final Pattern SENTENCE = Pattern.compile("[。！？；;]");
    /** Page furniture that PDF-to-text conversion leaves between lines: {@code - 4 -}, {@code 第3页 共6页}, {@code 3/6}. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—－]\\s*[0-9０-９]+\\s*[-—－]|第\\s*[0-9０-９]+\\s*页(\\s*[,，]?\\s*共\\s*[0-9０-９]+\\s*页)?"
                    + "|[0-9０-９]+\\s*/\\s*[0-9０-９]+");
    /** Longer than any template label, even with pinyin after every character. */
    private static final int LONGEST_CELL = 160;

    private CellShape() {
    }

    /** Whether a line reads as running text rather than as a table cell. */
    static boolean isSentence(String text) {
        return hasSentenceMark(text) || Characters.strip(text).length() > LONGEST_CELL;
    }

    /** Whether a text holds punctuation that ends or splits a sentence, which no table cell holds. */
    static boolean hasSentenceMark(String text) {
        return SENTENCE.matcher(text).find();
    }

    /** Whether a line is a page number rather than content. */
    static boolean isPageNumber(String text) {
        return PAGE_NUMBER.matcher(Characters.strip(text)).matches();
    }

    /** A heading such as 五、存在的主要问题及改进情况; a bare 三、 is a vertical label cut into characters. */
    static boolean isHeading(String text) {
        return OutlineNumber.level(text) == 1 && Characters.strip(text).length() > 3;
    }
}
