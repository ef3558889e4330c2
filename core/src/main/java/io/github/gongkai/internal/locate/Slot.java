package io.github.gongkai.internal.locate;

import io.github.gongkai.document.Cell;
import io.github.gongkai.internal.template.Labels;
import io.github.gongkai.internal.text.CellNumber;

/**
 * One cell of a table row as the mapping sees it: merged cells from the left are folded into their first
 * position; merged cells from above are repeated, so that a vertical label such as 三、本年度办理结果 labels
 * every row it spans.
 *
 * @param cell     the cell covering the position
 * @param column   the grid column of the position
 * @param fromAbove whether the cell starts in a row above
 * @param text     the cell's text normalised
 * @param label    the cell's text normalised for label matching (no white space)
 * @param number   the cell's text read as a number
 */
public record Slot(Cell cell, int column, boolean fromAbove, String text, String label, CellNumber number) {

    /**
     * Whether the cell reads as a label: text that is neither a number nor a "not reported" mark, or an outline
     * number whose words a table put in the next cell ({@code 1. | 属于国家秘密}).
     */
    public boolean isLabel() {
        return number.kind() == CellNumber.Kind.UNREADABLE
                && (label.codePoints().anyMatch(Character::isLetter) || Labels.isNumbering(label));
    }

    /** Whether the cell holds a number. */
    public boolean isNumber() {
        return number.kind() == CellNumber.Kind.NUMBER;
    }
}
