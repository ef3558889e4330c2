package io.github.gongkai.parsers.pdf;

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
    /** Most lines above a table without lines taken as its header (the template's header has three rows). */
    private static final int MAX_HEADER_LINES = 8;
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
        for (List<Ruling>[] group : connected(horizontals, verticals)) {
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
        for (float[] span : ruledBands(loose, content.width())) {
            streamTable(content, free, span[0], span[1], span[2], span[3]).ifPresent(tables::add);
        }
        List<TextLine> lines = TextLine.group(free);
        List<TextLine> text = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            int end = tabularRunEnd(lines, i);
            if (end > i) {
                List<TextLine> run = new ArrayList<>(lines.subList(i, end));
                takeHeader(text, run);
                tables.add(StreamTable.build(content.page(), run, run.get(0).top, run.get(run.size() - 1).bottom));
                i = end;
            } else {
                text.add(lines.get(i++));
            }
        }
        tables.sort((a, b) -> Float.compare(a.top(), b.top()));
        return new PageLayout(content, tables, text, oversized);
    }

    /**
     * Moves the header lines of a table without lines from the text above it into the table: lines set
     * in the table's font size, close above it, up to a heading (一、 (一)).
     */
    private static void takeHeader(List<TextLine> text, List<TextLine> run) {
        float size = run.get(0).size;
        int taken = 0;
        while (!text.isEmpty() && taken < MAX_HEADER_LINES) {
            TextLine above = text.get(text.size() - 1);
            boolean close = run.get(0).top - above.bottom <= 1.5f * size;
            if (!close || Math.abs(above.size - size) > 0.1f * size || Paragraphs.isHeading(above.text)) {
                break;
            }
            run.add(0, text.remove(text.size() - 1));
            taken++;
        }
    }

    /**
     * A table with no lines at all: from {@code from}, a run of at least three lines cut into three or more
     * pieces, with at most four other lines (wrapped labels) between them and no wide vertical gap. Returns
     * the index after the run, or {@code from} where no such run starts.
     */
    private static int tabularRunEnd(List<TextLine> lines, int from) {
        if (lines.get(from).pieces().size() < 3) {
            return from;
        }
        int tabular = 1;
        int end = from + 1;
        int lastTabular = from;
        while (end < lines.size()) {
            TextLine previous = lines.get(end - 1);
            TextLine line = lines.get(end);
            if (line.top - previous.bottom > 2.5f * line.size || end - lastTabular > 4) {
                break;
            }
            if (line.pieces().size() >= 3) {
                tabular++;
                lastTabular = end;
            }
            end++;
        }
        // At the top of a page two such lines suffice: the rest of a table begun on the page before.
        return tabular >= (from <= 1 ? 2 : 3) ? lastTabular + 1 : from;
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

    private static java.util.Optional<TablePart> streamTable(PageContent content, List<Glyph> free, float top,
                                                             float bottom, float left, float right) {
        List<Glyph> inside = new ArrayList<>();
        List<Glyph> rest = new ArrayList<>(free.size());
        for (Glyph g : free) {
            boolean in = g.centerY() > top && g.centerY() < bottom && g.centerX() > left - 1 && g.centerX() < right + 1;
            (in ? inside : rest).add(g);
        }
        List<TextLine> lines = TextLine.group(inside);
        if (!StreamTable.looksTabular(lines)) {
            return java.util.Optional.empty();
        }
        free.clear();
        free.addAll(rest);
        return java.util.Optional.of(StreamTable.build(content.page(), lines, top, bottom));
    }

    /**
     * Lines that touch each other, as groups of {horizontals, verticals}. A table is one group; a lone
     * horizontal rule is a group of its own.
     */
    @SuppressWarnings("unchecked")
    private static List<List<Ruling>[]> connected(List<Ruling> horizontals, List<Ruling> verticals) {
        int n = horizontals.size();
        int[] parent = new int[n + verticals.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int h = 0; h < n; h++) {
            for (int v = 0; v < verticals.size(); v++) {
                if (Rulings.meet(horizontals.get(h), verticals.get(v))) {
                    int a = root(parent, h);
                    int b = root(parent, n + v);
                    parent[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        List<List<Ruling>[]> groups = new ArrayList<>();
        int[] index = new int[parent.length];
        java.util.Arrays.fill(index, -1);
        for (int i = 0; i < parent.length; i++) {
            int r = root(parent, i);
            if (index[r] < 0) {
                index[r] = groups.size();
                groups.add(new List[] {new ArrayList<Ruling>(), new ArrayList<Ruling>()});
            }
            List<Ruling>[] group = groups.get(index[r]);
            if (i < n) {
                group[0].add(horizontals.get(i));
            } else {
                group[1].add(verticals.get(i - n));
            }
        }
        return groups;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * Bands between horizontal rules of about the same extent with no vertical lines: tables ruled only
     * above and below (and perhaps under the header). Each band is {top, bottom, left, right}.
     */
    private static List<float[]> ruledBands(List<Ruling> loose, float pageWidth) {
        List<Ruling> wide = new ArrayList<>();
        for (Ruling r : loose) {
            if (r.length() >= pageWidth * 0.3f) {
                wide.add(r);
            }
        }
        wide.sort((a, b) -> Float.compare(a.y1(), b.y1()));
        List<float[]> bands = new ArrayList<>();
        int i = 0;
        while (i < wide.size()) {
            Ruling first = wide.get(i);
            int j = i;
            while (j + 1 < wide.size() && sameExtent(first, wide.get(j + 1))) {
                j++;
            }
            if (j > i) {
                bands.add(new float[] {first.y1(), wide.get(j).y1(), first.x1(), first.x2()});
            }
            i = j + 1;
        }
        return bands;
    }

    private static boolean sameExtent(Ruling a, Ruling b) {
        float tolerance = Math.max(Geometry.SNAP * 2, a.length() * 0.05f);
        return Math.abs(a.x1() - b.x1()) <= tolerance && Math.abs(a.x2() - b.x2()) <= tolerance;
    }
}
