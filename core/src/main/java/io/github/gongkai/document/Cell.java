package io.github.gongkai.document;

import java.util.Objects;

/**
 * A table cell as the parser found it. A merged cell is handed over once, in the row where it starts,
 * with the number of rows and columns it spans (as in HTML's {@code rowspan}/{@code colspan}).
 *
 * @param text    the cell's text as read, on one line: its lines or paragraphs joined with nothing between
 *                Chinese characters and one space otherwise
 * @param rowSpan rows covered, at least 1
 * @param colSpan columns covered, at least 1
 * @param origin  where the cell came from
 */
public record Cell(String text, int rowSpan, int colSpan, Origin origin) {
    /** Checks the components: none may be null. */
    public Cell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        if (rowSpan < 1 || colSpan < 1) {
            throw new IllegalArgumentException("spans must be at least 1: " + rowSpan + "x" + colSpan);
        }
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a cell's text is one line: " + text);
        }
    }

    /** A cell covering one row and one column. */
    public static Cell of(String text, Origin origin) {
        return new Cell(text, 1, 1, origin);
    }

    /** Whether the text holds nothing but white space. */
    public boolean isBlank() {
        return text.isBlank();
    }
}
