package io.github.gongkai.internal.parsers.text;

import io.github.gongkai.internal.text.OutlineNumber;
import io.github.gongkai.internal.text.CellValue;
import io.github.gongkai.internal.text.Characters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the lines, between two lines of a pipe-flattened table, that hold part of a cell rather than a
 * paragraph: a row label wrapped onto a line of its own, as
 * {@code (二)部分公开(区分处理的,只计这一情} above {@code 形,不计其他情形) | 3 | 1 | …}, or a cell whose pipe
 * was lost among cells one per line. Headings, sentences, figures and page numbers stay paragraphs.
 */
final class WrappedLabels {
    /** How a wrapped line joins the table. */
    enum Join {
        /** It is a cell of its own, among cells one per line. */
        CELL,
        /** It starts the label of the row on the next line. */
        NEXT_ROW,
        /** It ends the label of the row on the previous line. */
        PREVIOUS_ROW
    }

    private WrappedLabels() {
    }

    /**
     * The wrapped lines by index, with how each joins the table.
     *
     * @param lines the text's lines
     * @param piped whether each line is a pipe-flattened table line
     */
    static Map<Integer, Join> find(String[] lines, boolean[] piped) {
        Map<Integer, Join> wrapped = new HashMap<>();
        for (int i = 1; i + 1 < lines.length; i++) {
            if (piped[i] || !piped[i - 1] || !piped[i + 1]) {
                continue;
            }
            String text = Characters.strip(lines[i]);
            if (text.isEmpty()
                    || CellShape.isSentence(text) || CellShape.isHeading(text) || CellValue.isValue(text)
                    || CellShape.isPageNumber(text)) {
                continue;
            }
            List<String> before = PipedLine.cells(lines[i - 1]);
            List<String> after = PipedLine.cells(lines[i + 1]);
            boolean numbered = OutlineNumber.level(text) != OutlineNumber.UNNUMBERED;
            if (before.size() <= 1 && after.size() <= 1) {
                wrapped.put(i, Join.CELL);
            } else if (numbered && hasValues(after) && !after.isEmpty() && isContinuation(after.get(0))) {
                wrapped.put(i, Join.NEXT_ROW);
            } else if (!numbered && hasValues(before) && hasValues(after) && !after.isEmpty()
                    && OutlineNumber.level(after.get(0)) != OutlineNumber.UNNUMBERED) {
                wrapped.put(i, Join.PREVIOUS_ROW);
            }
        }
        return wrapped;
    }

    private static boolean isContinuation(String cell) {
        return !cell.isEmpty() && !CellValue.isValue(cell) && OutlineNumber.level(cell) == OutlineNumber.UNNUMBERED;
    }

    private static boolean hasValues(List<String> cells) {
        return cells.stream().anyMatch(c -> !c.isEmpty() && CellValue.isValue(c));
    }
}
