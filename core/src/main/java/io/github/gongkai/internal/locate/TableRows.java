package io.github.gongkai.internal.locate;

import io.github.gongkai.document.Block;
import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Grid;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.Table;
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
    public static List<TableRow> of(Document document) {
        List<TableRow> rows = new ArrayList<>();
        List<Block> blocks = document.blocks();
        int tableIndex = 0;
        for (int b = 0; b < blocks.size(); b++) {
            if (blocks.get(b) instanceof Table table) {
                addRows(table, tableIndex++, b, rows);
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

    private static void addRows(Table table, int tableIndex, int block, List<TableRow> into) {
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
                Slot slot = known != null
                        ? new Slot(cell, c, fromAbove, known.label(), known.number())
                        : new Slot(cell, c, fromAbove, Normalizer.label(cell.text()), Numbers.parseCell(cell.text()));
                read.putIfAbsent(cell, slot);
                slots.add(slot);
            }
            into.add(new TableRow(slots, tableIndex, block, rowOrigin(slots, table)));
        }
    }
}
