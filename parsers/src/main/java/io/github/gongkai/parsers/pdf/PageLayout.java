package io.github.gongkai.parsers.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        List<TablePart> tables = new ArrayList<>();
        List<Ruling> loose = new ArrayList<>();
        long oversized = 0;
        for (List<Ruling>[] group : Rulings.connected(horizontals, verticals)) {
            if (group[1].isEmpty()) {
                loose.addAll(group[0]);
                continue;
            }
            Lattice lattice = Lattice.of(group[0], group[1]);
            if (lattice == null) {
                continue;
            }
            long cells = (long) lattice.rows() * lattice.columns();
            if (cells > maxCells) {
                oversized = Math.max(oversized, cells);
                continue;
            }
            lattice.mergeCells();
            if (lattice.columns() == 1) {
                // Only a frame and row lines: the columns must come from the text.
                streamTable(content, free, lattice.top(), lattice.bottom(), lattice.left(), lattice.right())
                        .ifPresent(tables::add);
            } else {
                tables.add(latticeTable(content.page(), lattice, free));
            }
        }
        for (float[] span : Rulings.bands(loose, content.width())) {
            streamTable(content, free, span[0], span[1], span[2], span[3]).ifPresent(tables::add);
        }
        List<TextLine> lines = TextLine.group(free);
        List<TextLine> text = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            int end = StreamTable.runEnd(lines, i);
            if (end > i) {
                List<TextLine> run = new ArrayList<>(lines.subList(i, end));
                StreamTable.takeHeader(text, run);
                tables.add(StreamTable.build(content.page(), run, run.get(0).top, run.get(run.size() - 1).bottom));
                i = end;
            } else {
                text.add(lines.get(i++));
            }
        }
        tables.sort((a, b) -> Float.compare(a.top(), b.top()));
        return new PageLayout(content, tables, text, oversized);
    }

    private static TablePart latticeTable(int page, Lattice lattice, List<Glyph> free) {
        List<List<Glyph>> byPosition = new ArrayList<>(lattice.rows() * lattice.columns());
        for (int i = 0; i < lattice.rows() * lattice.columns(); i++) {
            byPosition.add(null);
        }
        List<Glyph> rest = new ArrayList<>(free.size());
        for (Glyph g : free) {
            int at = lattice.contains(g.centerX(), g.centerY()) ? lattice.positionOf(g.centerX(), g.centerY()) : -1;
            if (at < 0) {
                rest.add(g);
                continue;
            }
            if (byPosition.get(at) == null) {
                byPosition.set(at, new ArrayList<>());
            }
            byPosition.get(at).add(g);
        }
        free.clear();
        free.addAll(rest);
        return lattice.toPart(page, byPosition);
    }

    private static Optional<TablePart> streamTable(PageContent content, List<Glyph> free, float top,
                                                             float bottom, float left, float right) {
        List<Glyph> inside = new ArrayList<>();
        List<Glyph> rest = new ArrayList<>(free.size());
        for (Glyph g : free) {
            boolean in = g.centerY() > top && g.centerY() < bottom && g.centerX() > left - 1 && g.centerX() < right + 1;
            (in ? inside : rest).add(g);
        }
        List<TextLine> lines = TextLine.group(inside);
        if (!StreamTable.looksTabular(lines)) {
            return Optional.empty();
        }
        free.clear();
        free.addAll(rest);
        return Optional.of(StreamTable.build(content.page(), lines, top, bottom));
    }
}
