package io.github.gongkai.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A table's cells on a rectangular grid. Each position holds the cell that covers it; a merged cell
 * covers several positions and is the same object at each. Placement follows the HTML table model:
 * each cell goes to the first free position of its row, left to right.
 */
public final class Grid {
    private static final Cell EMPTY = Cell.of("", Origin.UNKNOWN);

    private final Cell[][] positions;
    private final int width;

    private Grid(Cell[][] positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    static Grid of(Table table) {
        List<Cell[]> rows = new ArrayList<>();
        int width = 0;
        int r = 0;
        for (List<Cell> row : table.rows()) {
            int c = 0;
            for (Cell cell : row) {
                while (occupied(rows, r, c)) {
                    c++;
                }
                for (int dr = 0; dr < cell.rowSpan(); dr++) {
                    for (int dc = 0; dc < cell.colSpan(); dc++) {
                        put(rows, r + dr, c + dc, cell);
                    }
                }
                c += cell.colSpan();
                width = Math.max(width, c);
            }
            ensureRow(rows, r);
            r++;
        }
        // Row spans that run past the last row are cut at the table's end, as browsers do.
        while (rows.size() > table.rows().size()) {
            rows.remove(rows.size() - 1);
        }
        Cell[][] grid = new Cell[rows.size()][width];
        for (int i = 0; i < rows.size(); i++) {
            Cell[] source = rows.get(i);
            for (int j = 0; j < width; j++) {
                grid[i][j] = j < source.length && source[j] != null ? source[j] : EMPTY;
            }
        }
        return new Grid(grid, width);
    }

    private static boolean occupied(List<Cell[]> rows, int r, int c) {
        return r < rows.size() && c < rows.get(r).length && rows.get(r)[c] != null;
    }

    private static void put(List<Cell[]> rows, int r, int c, Cell cell) {
        ensureRow(rows, r);
        Cell[] row = rows.get(r);
        if (c >= row.length) {
            Cell[] wider = new Cell[Math.max(c + 1, row.length * 2)];
            System.arraycopy(row, 0, wider, 0, row.length);
            rows.set(r, wider);
            row = wider;
        }
        row[c] = cell;
    }

    private static void ensureRow(List<Cell[]> rows, int r) {
        while (rows.size() <= r) {
            rows.add(new Cell[8]);
        }
    }

    /** Number of rows. */
    public int height() {
        return positions.length;
    }

    /** Number of columns: the widest row. */
    public int width() {
        return width;
    }

    /** The cell covering a position; an empty cell where no cell does. */
    public Cell at(int row, int column) {
        return positions[row][column];
    }

    /** Whether the cell at this position starts here (top-left of a merged cell, or a single cell). */
    public boolean isAnchor(int row, int column) {
        return !continuesAbove(row, column) && !continuesLeft(row, column);
    }

    /** Whether the position is covered by a merged cell that starts in a row above. */
    public boolean continuesAbove(int row, int column) {
        Cell cell = positions[row][column];
        return cell != EMPTY && row > 0 && positions[row - 1][column] == cell;
    }

    /** Whether the position is covered by a merged cell that starts in a column to the left. */
    public boolean continuesLeft(int row, int column) {
        Cell cell = positions[row][column];
        return cell != EMPTY && column > 0 && positions[row][column - 1] == cell;
    }

    /**
     * The text at a position as flattened text shows it: the cell's text where it starts, empty at the
     * other positions it covers.
     */
    public String textAt(int row, int column) {
        return isAnchor(row, column) ? positions[row][column].text() : "";
    }
}
