package io.github.gongkai.model;

import io.github.gongkai.document.Origin;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One number of a report table, with what the report actually printed and where.
 *
 * @param state  whether a number was reported
 * @param number the number where {@link State#REPORTED}, otherwise empty
 * @param raw    the cell's text as read, before normalisation; empty where the cell is absent
 * @param origin  where the cell is in the input
 * @param unit    the unit the number was written with ({@code 元} in {@code 251000元}, {@code 件}), empty where the
 *                cell wrote none
 * @param reading how the number was obtained from the cell's text
 */
public record Value(State state, Optional<BigDecimal> number, String raw, Origin origin, String unit,
                    Reading reading) {

    /** A value for a cell the report does not have (a deleted row, a missing column). */
    public static final Value ABSENT = new Value(State.ABSENT, Optional.empty(), "", Origin.UNKNOWN);

    /** Checks the components: none may be null. */
    public Value {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(reading, "reading");
        if (number.isPresent() != (state == State.REPORTED)) {
            throw new IllegalArgumentException("a number goes with REPORTED and only with it: " + state);
        }
    }

    /** A value read as written, without a unit. */
    public Value(State state, Optional<BigDecimal> number, String raw, Origin origin) {
        this(state, number, raw, origin, "", Reading.AS_WRITTEN);
    }

    /** A reported number. */
    public static Value reported(BigDecimal number, String raw, Origin origin) {
        return new Value(State.REPORTED, Optional.of(number), raw, origin);
    }

    /** A cell that was blank or held a dash, {@code /} or {@code 无}. */
    public static Value notReported(String raw, Origin origin) {
        return new Value(State.NOT_REPORTED, Optional.empty(), raw, origin);
    }

    /** A cell whose text is not a number. */
    public static Value unreadable(String raw, Origin origin) {
        return new Value(State.UNREADABLE, Optional.empty(), raw, origin);
    }

    /** The same value, noting the unit its cell wrote it with. */
    public Value withUnit(String writtenUnit) {
        return new Value(state, number, raw, origin, writtenUnit, reading);
    }

    /** The same value, noting how its number was obtained. */
    public Value withReading(Reading how) {
        return new Value(state, number, raw, origin, unit, how);
    }

    /** Whether a number was reported. */
    public boolean isReported() {
        return state == State.REPORTED;
    }

    /** What a table cell held. */
    public enum State {
        /** A number. */
        REPORTED,
        /** Blank, a dash, {@code /} or {@code 无}: not reported, which is not zero. */
        NOT_REPORTED,
        /** Text that is not a number. */
        UNREADABLE,
        /** The report has no such cell. */
        ABSENT
    }

    /** How a value's number was obtained from what the report printed. */
    public enum Reading {
        /** Read from the cell as it was written. */
        AS_WRITTEN,
        /**
         * Recovered from digits of several cells that arrived glued together (a crawler's text of a table row):
         * the one way of splitting them that satisfies every identity of the template that applies.
         */
        RECONSTRUCTED,
        /**
         * Recognised from the image of a scanned page (OCR); the origin, an
         * {@link io.github.gongkai.document.Origin.Recognized}, says how sure the recogniser was.
         */
        OCR,
        /**
         * Recognised from the image of a scanned page (OCR) as one of the recogniser's other readings of the cell,
         * in place of its first reading (kept as {@link Value#raw()}): where the first readings broke an identity
         * of the template, the one combination of the recognised readings that makes every identity hold.
         */
        PROOFREAD
    }
}
