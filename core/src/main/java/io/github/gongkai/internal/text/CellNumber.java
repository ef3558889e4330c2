package io.github.gongkai.internal.text;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a table cell holds, read as a number.
 *
 * @param kind  whether the cell holds a number, states nothing, or holds something that is not a number
 * @param value the number as written (scale kept: {@code 12.50} stays 12.50), present exactly for
 *              {@link Kind#NUMBER}
 */
public record CellNumber(Kind kind, BigDecimal value) {
    /** A cell that states nothing. */
    public static final CellNumber NOT_REPORTED = new CellNumber(Kind.NOT_REPORTED, null);
    /** A cell that holds text that is not a number. */
    public static final CellNumber UNREADABLE = new CellNumber(Kind.UNREADABLE, null);

    public CellNumber {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.NUMBER) != (value != null)) {
            throw new IllegalArgumentException(kind + " with value " + value);
        }
    }

    /** A cell holding this number. */
    public static CellNumber of(BigDecimal value) {
        return new CellNumber(Kind.NUMBER, Objects.requireNonNull(value, "value"));
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
