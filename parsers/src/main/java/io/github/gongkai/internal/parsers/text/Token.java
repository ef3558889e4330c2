package io.github.gongkai.internal.parsers.text;

import io.github.gongkai.internal.text.CellValue;

/**
 * One cell of a table flattened to a stream of cells, with the line it came from.
 *
 * @param text the cell's text, stripped
 * @param line the input line, counted from 1
 */
record Token(String text, int line) {

    boolean isValue() {
        return CellValue.isValue(text);
    }

    boolean isBlank() {
        return text.isEmpty();
    }
}
