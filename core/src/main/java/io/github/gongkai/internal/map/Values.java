package io.github.gongkai.internal.map;

import io.github.gongkai.internal.locate.Slot;
import io.github.gongkai.internal.text.CellNumber;
import io.github.gongkai.internal.text.Numbers;
import io.github.gongkai.model.Value;

/** Turns table cells into {@link Value}s. */
final class Values {
    private Values() {
    }

    /** The value a cell holds. */
    static Value of(Slot slot) {
        return of(slot, slot.number());
    }

    /** The value a money cell holds, in the 万元 its column counts in ({@code 826.09万} is 826.09). */
    static Value ofAmount(Slot slot) {
        return of(slot, Numbers.parseTenThousandYuan(slot.cell().text()));
    }

    private static Value of(Slot slot, CellNumber number) {
        String raw = slot.cell().text();
        return switch (number.kind()) {
            case NUMBER -> Value.reported(number.value(), raw, slot.cell().origin());
            case NOT_REPORTED -> Value.notReported(raw, slot.cell().origin());
            case UNREADABLE -> Value.unreadable(raw, slot.cell().origin());
        };
    }

    /** The value of a cell the row does not have: the row ended early, as flattened text drops blanks. */
    static Value missing(io.github.gongkai.document.Origin rowOrigin) {
        return Value.notReported("", rowOrigin);
    }
}
