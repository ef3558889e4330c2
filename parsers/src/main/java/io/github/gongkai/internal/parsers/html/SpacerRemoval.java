package io.github.gongkai.internal.parsers.html;

import io.github.gongkai.internal.parsers.LimitExceeded;
import io.github.gongkai.document.Cell;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Drops the spacer columns and rows of a table: the zero-width columns and height-only rows that Word
 * exports and table editors add. A row is dropped when every position in it is empty. A column is dropped
 * when every position in it is empty and it lies outside the columns that hold text, or an empty merged
 * cell spans it (a grid column added for alignment). A blank interior column of single cells stays: it is a
 * column of data nobody filled in, and a table split from its header must keep its columns in place.
 * A row in which no cell starts is dropped too, and so is a column in which no cell starts that some row
 * does not reach: every cell covering it covers the line before, so it holds nothing of its own (an empty
 * {@code <tr>} under a rowspan, a heading's colspan wider than the rows below it). A column every row
 * reaches through merged cells stays, as in a part of a table split from its header. Merged cells
 * crossing a dropped line shrink by one.
 */
final class SpacerRemoval {

    private SpacerRemoval() {
    }

    static List<List<Cell>> apply(List<List<Cell>> rows, int maxCells) {
        List<Cell> cells = new ArrayList<>();
        List<int[]> anchors = new ArrayList<>();
        int[][] grid = place(rows, cells, anchors, maxCells);
        int height = grid.length;
        int width = height == 0 ? 0 : grid[0].length;
        boolean[] keepRow = new boolean[height];
        boolean[] filled = new boolean[width];
        boolean[] spanned = new boolean[width];
        boolean[] rowStarts = new boolean[height];
        boolean[] columnStarts = new boolean[width];
        for (int[] anchor : anchors) {
            rowStarts[anchor[0]] = true;
            columnStarts[anchor[1]] = true;
        }
        boolean[] overrun = new boolean[width];
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                int index = grid[r][c];
                if (index >= 0 && !cells.get(index).isBlank()) {
                    keepRow[r] = rowStarts[r];
                    filled[c] = true;
                }
                spanned[c] |= index >= 0 && cells.get(index).colSpan() > 1;
                overrun[c] |= index < 0 && !columnStarts[c];
            }
        }
        int left = 0;
        while (left < width && !filled[left]) {
            left++;
        }
        int right = width - 1;
        while (right >= 0 && !filled[right]) {
            right--;
        }
        boolean[] keepColumn = new boolean[width];
        for (int c = 0; c < width; c++) {
            keepColumn[c] = !overrun[c] && (filled[c] || (c > left && c < right && !spanned[c]));
        }
        List<List<Cell>> result = new ArrayList<>();
        boolean[] emitted = new boolean[cells.size()];
        for (int r = 0; r < height; r++) {
            if (!keepRow[r]) {
                continue;
            }
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                int index = grid[r][c];
                if (!keepColumn[c] || index < 0 || emitted[index]) {
                    continue;
                }
                emitted[index] = true;
                Cell cell = cells.get(index);
                int[] anchor = anchors.get(index);
                int rowSpan = count(keepRow, anchor[0], anchor[0] + cell.rowSpan());
                int colSpan = count(keepColumn, anchor[1], anchor[1] + cell.colSpan());
                row.add(new Cell(cell.text(), rowSpan, colSpan, cell.origin()));
            }
            result.add(row);
        }
        return result;
    }

    /**
     * The index of the cell covering each position, -1 where none does, with each cell's top-left
     * position in {@code anchors}; placed as the HTML table model
     * (and the document's Grid) places them: each cell at the first free position of its row.
     */
    private static int[][] place(List<List<Cell>> rows, List<Cell> cells, List<int[]> anchors, int maxCells) {
        List<int[]> grid = new ArrayList<>();
        int width = 0;
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Cell cell : rows.get(r)) {
                while (at(grid, r, c) >= 0) {
                    c++;
                }
                int index = cells.size();
                cells.add(cell);
                anchors.add(new int[] {r, c});
                // Row spans were cut at the table's end by the reader.
                for (int dr = 0; dr < cell.rowSpan(); dr++) {
                    for (int dc = 0; dc < cell.colSpan(); dc++) {
                        put(grid, r + dr, c + dc, index);
                    }
                }
                c += cell.colSpan();
                width = Math.max(width, c);
                if ((long) width * rows.size() > maxCells) {
                    throw LimitExceeded.tableCells("a table", maxCells);
                }
            }
        }
        int[][] result = new int[rows.size()][width];
        for (int r = 0; r < rows.size(); r++) {
            Arrays.fill(result[r], -1);
            if (r < grid.size()) {
                int[] source = grid.get(r);
                System.arraycopy(source, 0, result[r], 0, Math.min(source.length, width));
            }
        }
        return result;
    }

    private static int at(List<int[]> grid, int r, int c) {
        return r < grid.size() && c < grid.get(r).length ? grid.get(r)[c] : -1;
    }

    private static void put(List<int[]> grid, int r, int c, int index) {
        while (grid.size() <= r) {
            int[] row = new int[8];
            Arrays.fill(row, -1);
            grid.add(row);
        }
        int[] row = grid.get(r);
        if (c >= row.length) {
            int[] wider = Arrays.copyOf(row, Math.max(c + 1, row.length * 2));
            Arrays.fill(wider, row.length, wider.length, -1);
            grid.set(r, wider);
            row = wider;
        }
        row[c] = index;
    }

    private static int count(boolean[] keep, int from, int to) {
        int kept = 0;
        for (int i = from; i < Math.min(to, keep.length); i++) {
            if (keep[i]) {
                kept++;
            }
        }
        return kept;
    }
}
