package io.github.gongkai.internal.parsers.html;

import io.github.gongkai.document.Block;
import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Paragraph;
import io.github.gongkai.document.Table;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises pinyin that a conversion site wrote into the text itself, {@code 石子鎮(zhèn)黨委}, rather
 * than into ruby markup. The text is left as it is (normalisation strips such pinyin); the parser only
 * records that the page is such a copy.
 */
final class TextualPinyin {
    /** A Chinese character directly followed by a lower-case syllable in brackets. */
    private static final Pattern ANNOTATION = Pattern.compile(
            "\\p{IsHan}[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,6}[)）]");
    /** One bracketed word could be an abbreviation; a copy annotates many characters. */
    private static final int ENOUGH = 3;

    private TextualPinyin() {
    }

    static boolean present(List<Block> blocks) {
        int found = 0;
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                found += count(paragraph.text());
            } else if (block instanceof Table table) {
                for (List<Cell> row : table.rows()) {
                    for (Cell cell : row) {
                        found += count(cell.text());
                    }
                }
            }
            if (found >= ENOUGH) {
                return true;
            }
        }
        return false;
    }

    private static int count(String text) {
        if (text.indexOf('(') < 0 && text.indexOf('（') < 0) {
            return 0; // most text has no brackets at all, and the pattern's first step is a slow script test
        }
        int found = 0;
        Matcher matcher = ANNOTATION.matcher(text);
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}
