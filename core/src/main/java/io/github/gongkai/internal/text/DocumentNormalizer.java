package io.github.gongkai.internal.text;

import io.github.gongkai.document.Block;
import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Paragraph;
import io.github.gongkai.document.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole document in normal form: the pipeline's normalise stage, and the text people read to see what the
 * mapping sees.
 */
public final class DocumentNormalizer {
    private DocumentNormalizer() {
    }

    /** The same document with every paragraph and cell text normalised; spans and origins kept. */
    public static Document normalize(Document document) {
        List<Block> blocks = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof Paragraph paragraph) {
                blocks.add(new Paragraph(Normalizer.normalize(paragraph.text()), paragraph.origin()));
            } else if (block instanceof Table table) {
                List<List<Cell>> rows = new ArrayList<>();
                for (List<Cell> row : table.rows()) {
                    List<Cell> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        cells.add(new Cell(Normalizer.normalize(cell.text()), cell.rowSpan(), cell.colSpan(), cell.origin()));
                    }
                    rows.add(cells);
                }
                blocks.add(new Table(rows, table.origin()));
            }
        }
        return new Document(blocks, document.metadata());
    }
}
