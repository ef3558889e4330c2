package io.github.gongkai.internal.parsers.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A table row rebuilt from a stream of cells.
 *
 * @param label  the label cells, such as {@code (三)不予公开} and {@code 1.属于国家秘密}; for a header row, all its cells
 * @param values the values after the label; none for a header row
 */
record RebuiltRow(List<Token> label, List<Token> values) {
    RebuiltRow {
        label = List.copyOf(label);
        values = List.copyOf(values);
    }

    boolean isHeader() {
        return values.isEmpty();
    }

    /** The label cells then the values. */
    List<Token> cells() {
        List<Token> cells = new ArrayList<>(label);
        cells.addAll(values);
        return cells;
    }
}
