package io.github.gongkai.internal.map;

import io.github.gongkai.internal.locate.Slot;
import io.github.gongkai.model.Value;

/** Turns table cells into {@link Value}s. */
final class Values {
    private Values() {
    }

    /** The value a cell holds. */
    static Value of(Slot slot) {
        String raw = slot.cell().text();
        return switch (slot.number().kind()) {
            case NUMBER -> Value.reported(slot.number().value(), raw, slot.cell().origin());
            case NOT_REPORTED -> Value.notReported(raw, slot.cell().origin());
            case UNREADABLE -> Value.unreadable(raw, slot.cell().origin());
        };
    }

    /** The value of a cell the row does not have: the row ended early, as flattened text drops blanks. */
    static Value missing(io.github.gongkai.document.Origin rowOrigin) {
        return Value.notReported("", rowOrigin);
    }
}
