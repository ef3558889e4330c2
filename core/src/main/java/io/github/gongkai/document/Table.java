package io.github.gongkai.document;

import java.util.List;
import java.util.Objects;

/**
 * A table: rows of cells, each merged cell listed once in the row where it starts.
 * {@link #grid()} places the cells on a rectangular grid.
 *
 * @param rows   the rows, top to bottom; a row may be empty where merged cells from above cover it
 * @param origin where the table starts
 */
public record Table(List<List<Cell>> rows, Origin origin) implements Block {
    /** Checks the components: none may be null. */
    public Table {
        Objects.requireNonNull(origin, "origin");
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The cells placed on a grid, merged cells covering every position they span. */
    public Grid grid() {
        return Grid.of(this);
    }
}
