package io.github.gongkai.internal.text;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a table cell holds, read as a number.
 *
 * @param kind  whether the cell holds a number, states nothing, or holds something that is not a number
 * @param value the number as written (scale kept: {@code 12.50} stays 12.50), present exactly for
 *              {@link Kind#NUMBER}
 * @param unit  the unit written after the number ({@code 元} in {@code 251000元}, {@code 件} in {@code 0(件)}),
 *              normalised to simplified characters; empty where the cell wrote none
 */
public record CellNumber(Kind kind, BigDecimal value, String unit) {
    /** A cell that states nothing. */
    public static final CellNumber NOT_REPORTED = new CellNumber(Kind.NOT_REPORTED, null);
    /** A cell that holds text that is not a number. */
    public static final CellNumber UNREADABLE = new CellNumber(Kind.UNREADABLE, null);

    public CellNumber {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        if ((kind == Kind.NUMBER) != (value != null)) {
            throw new IllegalArgumentException(kind + " with value " + value);
        }
    }

    /** A cell without a unit. */
    public CellNumber(Kind kind, BigDecimal value) {
        this(kind, value, "");
    }

    /** A cell holding this number, written without a unit. */
    public static CellNumber of(BigDecimal value) {
        return of(value, "");
    }

    /** A cell holding this number, written with this unit. */
    public static CellNumber of(BigDecimal value, String unit) {
        return new CellNumber(Kind.NUMBER, Objects.requireNonNull(value, "value"), unit);
    }

    /** What a cell holds. */
    public enum Kind {
        /** A number, possibly with a unit ({@code 12}, {@code 1,234}, {@code 12.5}, {@code -3}, {@code 5件}). */
        NUMBER,
        /** Nothing stated: blank, a dash, a slash, {@code 无}, {@code 空} – not the same as zero. */
        NOT_REPORTED,
        /** Something that is not a number ({@code 详见附件}, {@code 12a}, {@code 3 0}). */
        UNREADABLE
    }
}
