package io.github.gongkai.locate;

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

    /**
     * Where the row's leading labels end: the index after the last of the labels at the start of the row.
     * Blank cells before the first label are passed over: merged label cells often come out blank in the
     * rows they span.
     */
    public int labelRun() {
        int run = 0;
        while (run < slots.size() && slots.get(run).label().isEmpty()) {
            run++;
        }
        if (run == slots.size() || !slots.get(run).isLabel()) {
            return 0;
        }
        while (run < slots.size() && slots.get(run).isLabel()) {
            run++;
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
