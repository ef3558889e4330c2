package io.github.gongkai.internal.parsers.pdf;

import java.util.Arrays;

/**
 * Positions along one axis of a page, ascending, in points: the edges of a table's columns, left to right, or the
 * heights of its horizontal rules, top to bottom. Immutable, unlike the array it wraps.
 */
final class Edges {
    static final Edges NONE = new Edges(new float[0]);

    private final float[] at;

    private Edges(float[] at) {
        this.at = at;
    }

    /** The positions, copied. */
    static Edges of(float... positions) {
        return new Edges(positions.clone());
    }

    int count() {
        return at.length;
    }

    float get(int index) {
        return at[index];
    }

    float first() {
        return at[0];
    }

    float last() {
        return at[at.length - 1];
    }

    /** The positions from {@code from} (inclusive) to {@code to} (exclusive). */
    Edges slice(int from, int to) {
        return new Edges(Arrays.copyOfRange(at, from, to));
    }

    /** The positions as an array of its own, for the arithmetic of a table's extraction. */
    float[] toArray() {
        return at.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Edges edges && Arrays.equals(at, edges.at);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(at);
    }

    @Override
    public String toString() {
        return Arrays.toString(at);
    }
}
