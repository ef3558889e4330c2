package io.github.gongkai.internal.locate;

import io.github.gongkai.document.Block;
import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Grid;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.Table;
import io.github.gongkai.internal.text.NormalizedDocument;
import io.github.gongkai.internal.text.Normalizer;
import io.github.gongkai.internal.text.Numbers;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The rows of all tables of a document, in order, with each cell read once as a label and as a number. */
public final class TableRows {
    private TableRows() {
    }

    /** Every row of every table, in document order. */
    public static List<TableRow> of(NormalizedDocument document) {
        List<TableRow> rows = new ArrayList<>();
        List<Block> blocks = document.raw().blocks();
        List<Block> normal = document.normal().blocks();
        int tableIndex = 0;
        for (int b = 0; b < blocks.size(); b++) {
            if (blocks.get(b) instanceof Table table) {
                addRows(table, (Table) normal.get(b), tableIndex++, b, rows);
            }
        }
        return rows;
    }

    private static Origin rowOrigin(List<Slot> slots, Table table) {
        for (Slot slot : slots) {
            if (!slot.fromAbove() && slot.cell().origin() != Origin.UNKNOWN) {
                return slot.cell().origin();
            }
        }
        return table.origin();
    }

    private static void addRows(Table table, Table normal, int tableIndex, int block, List<TableRow> into) {
        Map<Cell, String> normalText = normalText(table, normal);
        Grid grid = table.grid();
        // A merged cell is read once, however many rows it spans.
        Map<Cell, Slot> read = new IdentityHashMap<>();
        for (int r = 0; r < grid.height(); r++) {
            List<Slot> slots = new ArrayList<>();
            for (int c = 0; c < grid.width(); c++) {
                if (grid.continuesLeft(r, c)) {
                    continue;
                }
                Cell cell = grid.at(r, c);
                boolean fromAbove = grid.continuesAbove(r, c);
                Slot known = read.get(cell);
                Slot slot;
                if (known != null) {
                    slot = new Slot(cell, c, fromAbove, known.text(), known.label(), known.number());
                } else {
                    // The grid's filler for a position no cell covers is not one of the table's cells.
                    String text = normalText.getOrDefault(cell, "");
                    slot = new Slot(cell, c, fromAbove, text, Normalizer.asLabel(text), Numbers.readCell(text));
                }
                read.putIfAbsent(cell, slot);
                slots.add(slot);
            }
            into.add(new TableRow(slots, tableIndex, block, rowOrigin(slots, table)));
        }
    }

    /** Each cell of a table with its normalised text, from the same position in the normalised table. */
    private static Map<Cell, String> normalText(Table table, Table normal) {
        Map<Cell, String> texts = new IdentityHashMap<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<Cell> row = table.rows().get(r);
            List<Cell> normalRow = normal.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                texts.put(row.get(c), normalRow.get(c).text());
            }
        }
        return texts;
    }
}
