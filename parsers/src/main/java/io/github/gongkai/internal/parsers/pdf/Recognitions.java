package io.github.gongkai.internal.parsers.pdf;

import io.github.gongkai.document.Block;
import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.Table;
import java.util.ArrayList;
import java.util.List;

/** Puts the recogniser's confidence into the origins of the table cells it read. */
final class Recognitions {
    private Recognitions() {
    }

    /**
     * The document with each table cell that was recognised carrying an {@link Origin.Recognized} origin.
     * A cell is matched to its reading by page and box: the assembler keeps the lattice's boxes.
     */
    static Document mark(Document document, List<Origin.Recognized> cells) {
        List<Block> blocks = new ArrayList<>(document.blocks().size());
        for (Block block : document.blocks()) {
            blocks.add(block instanceof Table table ? mark(table, cells) : block);
        }
        return new Document(blocks, document.metadata());
    }

    private static Table mark(Table table, List<Origin.Recognized> cells) {
        List<List<Cell>> rows = new ArrayList<>(table.rows().size());
        for (List<Cell> row : table.rows()) {
            List<Cell> marked = new ArrayList<>(row.size());
            for (Cell cell : row) {
                Origin.Recognized reading = cell.origin() instanceof Origin.Region region ? find(region, cells) : null;
                marked.add(reading == null ? cell
                        : new Cell(cell.text(), cell.rowSpan(), cell.colSpan(), reading));
            }
            rows.add(marked);
        }
        return new Table(rows, table.origin());
    }

    private static Origin.Recognized find(Origin.Region region, List<Origin.Recognized> cells) {
        for (Origin.Recognized cell : cells) {
            if (cell.region().equals(region)) {
                return cell;
            }
        }
        return null;
    }
}
