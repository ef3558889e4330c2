package io.github.gongkai.internal.parsers.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * One page taken apart: its tables, and the lines of text outside them, top to bottom.
 *
 * @param content   the page as collected
 * @param tables    tables, top to bottom
 * @param lines     text lines outside the tables, top to bottom
 * @param oversized cells of the largest grid of lines over the cell limit, left unread; 0 if none
 */
record PageLayout(PageContent content, List<TablePart> tables, List<TextLine> lines, long oversized) {
    /** More horizontal or vertical lines than this on one page are a drawing. */
    private static final int MAX_RULINGS = 4000;

    /**
     * Finds the tables on a page: ruled ones first, then those marked only by horizontal rules, then
     * those without lines.
     *
     * @param maxCells the most cells a table may have
     */
    static PageLayout of(PageContent content, int maxCells) {
        List<Ruling> horizontals = Rulings.merge(content.rulings(), true);
        List<Ruling> verticals = Rulings.merge(content.rulings(), false);
        if (horizontals.size() > MAX_RULINGS || verticals.size() > MAX_RULINGS) {
            // A drawing (chart, map, seal), not table borders: too many lines to pair up.
            horizontals = List.of();
            verticals = List.of();
        }
        List<Glyph> free = new ArrayList<>(content.glyphs());
        RuledTables ruled = new RuledTables(horizontals, verticals, maxCells);
        List<TablePart> tables = new ArrayList<>(ruled.extract(content, free));
        tables.addAll(new BandTables(ruled.loose()).extract(content, free));
        LinelessTables lineless = new LinelessTables();
        tables.addAll(lineless.extract(content, free));
        tables.sort((a, b) -> Float.compare(a.top(), b.top()));
        return new PageLayout(content, tables, lineless.text(), ruled.oversized());
    }
}
