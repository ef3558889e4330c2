package io.github.gongkai.internal.parsers.pdf;

/**
 * Horizontal rules of about the same extent with no vertical lines, one under another: a table ruled only
 * above and below, perhaps under its header or between all its rows.
 *
 * @param left  the rules' left end
 * @param right the rules' right end
 * @param rules the rules' heights, top to bottom
 */
record RuledBand(float left, float right, Edges rules) {
}
