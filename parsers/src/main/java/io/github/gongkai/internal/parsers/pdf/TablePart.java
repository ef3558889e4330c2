package io.github.gongkai.internal.parsers.pdf;

import io.github.gongkai.document.Origin;
import java.util.List;

/**
 * A table as found on one page, before parts continued over a page break are joined.
 *
 * @param page    page number
 * @param top     top edge in points
 * @param bottom  bottom edge in points
 * @param left    left edge
 * @param right   right edge
 * @param rows    number of grid rows
 * @param columns number of grid columns
 * @param edges   the columns' edges, left to right ({@code columns + 1} values)
 * @param cells   the cells, each merged cell once, in row-major order of their top-left positions
 * @param ruled   whether the grid came from ruling lines; otherwise from the alignment of the text
 */
record TablePart(int page, float top, float bottom, float left, float right, int rows, int columns,
                 Edges edges, List<Box> cells, boolean ruled) {

    /**
     * One cell on the grid.
     *
     * @param row     top row
     * @param column  left column
     * @param rowSpan rows covered
     * @param colSpan columns covered
     * @param text    the cell's text
     * @param origin  its box on the page
     */
    record Box(int row, int column, int rowSpan, int colSpan, String text, Origin.Region origin) {
    }

    Origin.Region origin() {
        return new Origin.Region(page, left, top, right - left, bottom - top);
    }
}
