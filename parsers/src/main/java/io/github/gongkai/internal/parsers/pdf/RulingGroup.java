package io.github.gongkai.internal.parsers.pdf;

import java.util.List;

/**
 * Lines that touch each other: the grid of one table, or a lone horizontal rule (no verticals), which may bound a
 * table ruled only between its rows.
 *
 * @param horizontals its horizontal lines
 * @param verticals   its vertical lines
 */
record RulingGroup(List<Ruling> horizontals, List<Ruling> verticals) {
}
