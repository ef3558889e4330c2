package io.github.gongkai.internal.locate;

import io.github.gongkai.document.Origin;
import java.util.List;

/**
 * A row of one of the document's tables.
 *
 * @param slots  the row's cells, left to right
 * @param table  the index of the table among the document's tables
 * @param block  the index of the table's block in the document
 * @param origin where the row starts
 */
public record TableRow(List<Slot> slots, int table, int block, Origin origin) {
    public TableRow {
        slots = List.copyOf(slots);
    }

    /** Whether the row's cells were read from an image by text recognition, where labels may be misread. */
    public boolean recognized() {
        return slots.stream().anyMatch(slot -> slot.cell().origin() instanceof Origin.Recognized);
    }

    /**
     * Where the row's leading labels end: the index after the last label before the first number or
     * unreadable text cell. Blank cells among the labels are passed over: a merged label cell often comes out
     * blank in the rows it spans ({@code 三、本年度办理结果 |  | 3.补正后申请内容仍不明确 | 0 …}).
     */
    public int labelRun() {
        int run = 0;
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            if (slot.isLabel()) {
                run = i + 1;
            } else if (!slot.label().isEmpty()) {
                break;
            }
        }
        return run;
    }

    /** Whether any cell's label holds the given words. */
    public boolean mentions(String words) {
        for (Slot slot : slots) {
            if (slot.label().contains(words)) {
                return true;
            }
        }
        return false;
    }

    /** The cells after position {@code index}. */
    public List<Slot> after(int index) {
        return slots.subList(Math.min(index + 1, slots.size()), slots.size());
    }
}
