package io.github.gongkai.internal.parsers.html;

import io.github.gongkai.document.Block;
import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Paragraph;
import io.github.gongkai.document.Table;
import io.github.gongkai.internal.text.Normalizer;
import java.util.List;

/**
 * Recognises pinyin that a conversion site wrote into the text itself, {@code 石子鎮(zhèn)黨委}, rather
 * than into ruby markup. The text is left as it is (normalisation strips such pinyin); the parser only
 * records that the page is such a copy.
 */
final class TextualPinyin {
    private TextualPinyin() {
    }

    static boolean present(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph && annotated(paragraph.text())) {
                return true;
            }
            if (block instanceof Table table) {
                for (List<Cell> row : table.rows()) {
                    for (Cell cell : row) {
                        if (annotated(cell.text())) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean annotated(String text) {
        // Most text has no brackets at all: that is found without folding it.
        return (text.indexOf('(') >= 0 || text.indexOf('（') >= 0) && Normalizer.hasPinyinAnnotations(text);
    }
}
