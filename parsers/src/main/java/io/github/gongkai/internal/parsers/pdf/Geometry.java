package io.github.gongkai.internal.parsers.pdf;

/** Tolerances, in points, shared by the steps that compare positions on a page. */
final class Geometry {
    /** Largest slope, as a difference of coordinates, for a segment to count as straight. */
    static final float STRAIGHT = 1.0f;
    /** Filled rectangles at most this thick are lines (Word and WPS draw cell borders that way). */
    static final float THIN = 3.0f;
    /** Lines whose ends come this close meet; coordinates this close are one grid line. */
    static final float SNAP = 2.5f;
    /** Rows or columns narrower than this are drawing artefacts (double borders), not cells. */
    static final float MIN_CELL = 4.0f;

    private Geometry() {
    }
}
