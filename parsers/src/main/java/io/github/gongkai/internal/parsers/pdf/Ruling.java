package io.github.gongkai.internal.parsers.pdf;

/**
 * A horizontal or vertical line drawn on a page (a stroked segment or a thin filled rectangle), in points
 * from the top-left corner. A horizontal ruling has {@code y1 == y2}, a vertical one {@code x1 == x2}, and
 * {@code x1 <= x2}, {@code y1 <= y2}.
 */
record Ruling(float x1, float y1, float x2, float y2) {

    boolean horizontal() {
        return y1 == y2;
    }

    float length() {
        return horizontal() ? x2 - x1 : y2 - y1;
    }

    /** A ruling from two points if they lie on a horizontal or vertical line, otherwise null. */
    static Ruling between(float ax, float ay, float bx, float by) {
        if (Math.abs(ay - by) <= Geometry.STRAIGHT) {
            float y = (ay + by) / 2;
            return new Ruling(Math.min(ax, bx), y, Math.max(ax, bx), y);
        }
        if (Math.abs(ax - bx) <= Geometry.STRAIGHT) {
            float x = (ax + bx) / 2;
            return new Ruling(x, Math.min(ay, by), x, Math.max(ay, by));
        }
        return null;
    }
}
