package io.github.gongkai.internal.map;

import io.github.gongkai.document.Origin;
import io.github.gongkai.internal.locate.Slot;
import io.github.gongkai.internal.text.CellNumber;
import io.github.gongkai.internal.text.Numbers;
import io.github.gongkai.model.Value;

/** Turns table cells into {@link Value}s, keeping the unit each number was written with. */
final class Values {
    private Values() {
    }

    /**
     * The value a count cell holds; a number written in a unit of money ({@code 3.5万元}) is not a count, and one
     * recognised from an image is read as {@link Numbers#readRecognizedCount(String)} reads it.
     */
    static Value of(Slot slot) {
        return of(slot, slot.cell().origin() instanceof Origin.Recognized
                ? Numbers.readRecognizedCount(slot.text()) : Numbers.asCount(slot.number()), "");
    }

    /**
     * The value a money cell holds, as written: {@code 826.09万} is 826.09 in 万, {@code 251000元} is 251000 in 元,
     * whatever unit the column counts in.
     *
     * @param declared the unit of money the column's header declares ({@code (单位:元)}), taken as the unit of a
     *                 number written without one; empty where the header declares none or the template's
     */
    static Value ofAmount(Slot slot, String declared) {
        return of(slot, Numbers.readAmount(slot.text()), declared);
    }

    private static Value of(Slot slot, CellNumber number, String declared) {
        String raw = slot.cell().text();
        return switch (number.kind()) {
            case NUMBER -> Value.reported(number.value(), raw, slot.cell().origin())
                    .withUnit(number.unit().isEmpty() ? declared : number.unit())
                    .withReading(slot.cell().origin() instanceof Origin.Recognized
                            ? Value.Reading.OCR : Value.Reading.AS_WRITTEN);
            case NOT_REPORTED -> Value.notReported(raw, slot.cell().origin());
            case UNREADABLE -> Value.unreadable(raw, slot.cell().origin());
        };
    }

    /** The value of a cell the row does not have: the row ended early, as flattened text drops blanks. */
    static Value missing(Origin rowOrigin) {
        return Value.notReported("", rowOrigin);
    }
}
