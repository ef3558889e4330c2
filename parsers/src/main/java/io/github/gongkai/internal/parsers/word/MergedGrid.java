package io.github.gongkai.internal.parsers.word;

import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Word's way of merging cells, turned into the document model's. Word keeps every row's cells, marking
 * those merged into the cell above as "continue"; the document model lists a merged cell once, with its
 * spans. Both Word formats place their cells as {@link Slot}s on grid columns, then this class merges them
 * vertically and lays out the rows, filling grid positions no cell covers with blank cells so that every
 * cell keeps its column under the HTML-style placement of {@link io.github.gongkai.document.Grid}.
 */
final class MergedGrid {
    private MergedGrid() {
    }

    /** A cell's part in a vertical merge. */
    enum Merge { NONE, RESTART, CONTINUE }

    /** A cell as Word stores it, placed on the grid. */
    static final class Slot<T> {
        final T source;
        final String path;
        final int column;
        final Merge merge;
        int columns;
        int rows = 1;
        private int lastRow;
        private boolean emitted = true;

        Slot(T source, String path, int row, int column, int columns, Merge merge) {
            this.source = source;
            this.path = path;
            this.lastRow = row;
            this.column = column;
            this.columns = columns;
            this.merge = merge;
        }

        /** Whether the cell is listed in the table: false for a cell merged into the one above. */
        boolean emitted() {
            return emitted;
        }
    }

    /**
     * Adds each continue cell to the restart cell directly above it at the same grid column. A continue cell
     * with nothing to continue stays a cell of its own.
     */
    static <T> void mergeVertically(List<List<Slot<T>>> rows) {
        Map<Integer, Slot<T>> open = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            for (Slot<T> slot : rows.get(r)) {
                Slot<T> above = open.get(slot.column);
                if (slot.merge == Merge.CONTINUE && above != null && above.lastRow == r - 1) {
                    above.rows++;
                    above.lastRow = r;
                    slot.emitted = false;
                    continue;
                }
                for (Iterator<Slot<T>> it = open.values().iterator(); it.hasNext(); ) {
                    Slot<T> other = it.next();
                    if (other.column < slot.column + slot.columns && slot.column < other.column + other.columns) {
                        it.remove();
                    }
                }
                if (slot.merge == Merge.RESTART) {
                    open.put(slot.column, slot);
                }
            }
        }
    }

    /**
     * The table's rows of cells: each emitted slot once, and a blank cell wherever a run of grid positions
     * before a cell is covered by nothing (Word's {@code gridBefore}, or a row that starts further right).
     *
     * @param rows     the slots, row by row, in column order, after {@link #mergeVertically}
     * @param rowPaths each row's path, the origin of its blank cells
     * @param toCell   makes a slot's cell, reading its content; called in reading order
     */
    static <T> List<List<Cell>> cells(List<List<Slot<T>>> rows, List<String> rowPaths, Function<Slot<T>, Cell> toCell) {
        int width = 0;
        for (List<Slot<T>> row : rows) {
            for (Slot<T> slot : row) {
                width = Math.max(width, slot.column + slot.columns);
            }
        }
        boolean[][] covered = new boolean[rows.size()][width];
        List<List<Cell>> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = new ArrayList<>();
            int c = 0;
            for (Slot<T> slot : rows.get(r)) {
                if (!slot.emitted) {
                    continue;
                }
                int gap = 0;
                for (; c < slot.column; c++) {
                    if (covered[r][c]) {
                        if (gap > 0) {
                            cells.add(blank(gap, rowPaths.get(r)));
                            gap = 0;
                        }
                    } else {
                        gap++;
                    }
                }
                if (gap > 0) {
                    cells.add(blank(gap, rowPaths.get(r)));
                }
                cells.add(toCell.apply(slot));
                for (int dr = 0; dr < slot.rows && r + dr < rows.size(); dr++) {
                    for (int dc = 0; dc < slot.columns; dc++) {
                        covered[r + dr][slot.column + dc] = true;
                    }
                }
                c = Math.max(c, slot.column + slot.columns);
            }
            out.add(cells);
        }
        return out;
    }

    private static Cell blank(int columns, String rowPath) {
        return new Cell("", 1, columns, new Origin.Path(rowPath));
    }
}
