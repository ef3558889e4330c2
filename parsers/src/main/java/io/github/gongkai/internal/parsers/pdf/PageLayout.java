package io.github.gongkai.internal.parsers.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One page taken apart: its tables, and the lines of text outside them, top to bottom.
 *
 * @param content   the page as collected
 * @param tables    tables, top to bottom
 * @param lines     text lines outside the tables, top to bottom
 * @param oversized cells of the largest grid of lines over the cell limit, left unread; 0 if none
 */
record PageLayout(PageContent content, List<TablePart> tables, List<TextLine> lines, long oversized) {
    /** Numbers side by side in one cell, as where the lines between value columns are not drawn. */
    private static final Pattern SEVERAL_NUMBERS = Pattern.compile("\\s*[0-9][0-9,.]*(\\s+[0-9][0-9,.]*)+\\s*");
    /** Where the foot of a page begins, as a share of its height. */
    private static final float FOOT = 0.75f;
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
        long oversized = ruledTables(content, horizontals, verticals, maxCells, free, tables);
        List<TextLine> text = linelessTables(content.page(), free, tables);
        tables.sort((a, b) -> Float.compare(a.top(), b.top()));
        return new PageLayout(content, tables, text, oversized);
    }

    /**
     * Adds the tables drawn with lines, taking their glyphs out of {@code free}; returns the cells of the
     * largest grid over the limit, or 0.
     */
    private static long ruledTables(PageContent content, List<Ruling> horizontals, List<Ruling> verticals,
                                    int maxCells, List<Glyph> free, List<TablePart> tables) {
        List<Ruling> loose = new ArrayList<>();
        long oversized = 0;
        for (RulingGroup group : Rulings.connected(horizontals, verticals)) {
            if (group.verticals().isEmpty()) {
                loose.addAll(group.horizontals());
                continue;
            }
            Lattice lattice = Lattice.of(group.horizontals(), group.verticals());
            if (lattice == null) {
                continue;
            }
            long cells = (long) lattice.rows() * lattice.columns();
            if (cells > maxCells) {
                oversized = Math.max(oversized, cells);
                continue;
            }
            if (cells == 1 && lattice.bottom() < content.height() * FOOT) {
                continue; // a frame around text; only at the foot of a page may it be a table's first row
            }
            lattice.mergeCells();
            TablePart ruled = latticeTable(content.page(), lattice, free);
            if (hidesColumns(ruled) || hidesRows(lattice, free)) {
                // Only a frame and row lines, some columns or rows undrawn: the grid must come from the text.
                streamTable(content.page(), free, lattice.left(), lattice.right(), lattice.rowEdges())
                        .ifPresent(tables::add);
            } else {
                tables.add(ruled);
                free.removeIf(g -> lattice.positionOf(g.centerX(), g.centerY()) >= 0);
            }
        }
        for (RuledBand band : Rulings.bands(loose, content.width())) {
            for (Edges stretch : tabularStretches(free, band)) {
                streamTable(content.page(), free, band.left(), band.right(), stretch).ifPresent(tables::add);
            }
        }
        return oversized;
    }

    /** Adds the tables without any lines found among the remaining glyphs; returns the other lines. */
    private static List<TextLine> linelessTables(int page, List<Glyph> free, List<TablePart> tables) {
        List<TextLine> lines = TextLine.group(free);
        List<TextLine> text = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            int end = StreamTable.runEnd(lines, i);
            if (end > i) {
                List<TextLine> run = new ArrayList<>(lines.subList(i, end));
                StreamTable.takeHeader(text, run, i <= 2);
                tables.add(StreamTable.build(page, run, run.get(0).top, run.get(run.size() - 1).bottom, Edges.NONE));
                i = end;
            } else {
                text.add(lines.get(i++));
            }
        }
        return text;
    }

    /**
     * The stretches of a run of horizontal rules that frame tables: the run is cut wherever the text
     * between two rules is running text (lines in one piece), as between the bottom rule of one table and
     * the top rule of the next, where a heading and a paragraph sit. Each stretch is its rules' heights.
     */
    private static List<Edges> tabularStretches(List<Glyph> free, RuledBand band) {
        Edges rules = band.rules();
        List<Edges> stretches = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < rules.count(); i++) {
            float top = rules.get(i);
            float bottom = rules.get(i + 1);
            List<TextLine> lines = TextLine.group(inside(free, top, bottom, band.left(), band.right()));
            boolean running = !lines.isEmpty() && lines.stream().allMatch(l -> l.pieces().size() == 1);
            if (running) {
                if (i > start) {
                    stretches.add(rules.slice(start, i + 1));
                }
                start = i + 1;
            }
        }
        if (rules.count() - 1 > start) {
            stretches.add(rules.slice(start, rules.count()));
        }
        return stretches;
    }

    /** The glyphs whose centres lie strictly inside the box. */
    private static List<Glyph> inside(List<Glyph> glyphs, float top, float bottom, float left, float right) {
        List<Glyph> inside = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (g.centerY() > top && g.centerY() < bottom && g.centerX() > left && g.centerX() < right) {
                inside.add(g);
            }
        }
        return inside;
    }

    /** The lattice's table with the glyphs that lie in its cells; {@code free} is left as it is. */
    private static TablePart latticeTable(int page, Lattice lattice, List<Glyph> free) {
        List<List<Glyph>> byPosition = new ArrayList<>(lattice.rows() * lattice.columns());
        for (int i = 0; i < lattice.rows() * lattice.columns(); i++) {
            byPosition.add(null);
        }
        for (Glyph g : free) {
            int at = lattice.positionOf(g.centerX(), g.centerY());
            if (at >= 0) {
                if (byPosition.get(at) == null) {
                    byPosition.set(at, new ArrayList<>());
                }
                byPosition.get(at).add(g);
            }
        }
        return lattice.toPart(page, byPosition);
    }

    /**
     * Whether a ruled table leaves columns undrawn: a single column over several rows, or cells holding
     * several numbers side by side (the lines between value columns are missing).
     */
    private static boolean hidesColumns(TablePart part) {
        if (part.columns() == 1 && part.rows() > 1) {
            return true;
        }
        long crowded = part.cells().stream().filter(b -> SEVERAL_NUMBERS.matcher(b.text()).matches()).count();
        return crowded >= 2;
    }

    /**
     * Whether a ruled table leaves rows undrawn: between two of its horizontal lines lie several lines of
     * text that each hold a label and values, as where only the columns are ruled (a cell then holds the
     * numbers of several rows, one per line); or it is one row, a frame, around header lines and numbers.
     */
    private static boolean hidesRows(Lattice lattice, List<Glyph> free) {
        Edges edges = lattice.rowEdges();
        for (int band = 0; band + 1 < edges.count(); band++) {
            List<TextLine> lines = TextLine.group(
                    inside(free, edges.get(band), edges.get(band + 1), lattice.left(), lattice.right()));
            List<TextLine> rows = lines.stream().filter(StreamTable::isLabelledRow).toList();
            long data = lines.stream().filter(StreamTable::isDataLine).count();
            if (anyAligned(rows, lattice.columns()) || data == 1 && lines.size() > 1 && edges.count() == 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two of these rows have values in at least half of the table's {@code columns}, in the same
     * columns, as rows of one table do. A label and numbers both wrapped in their cells (三、本 beside the
     * rest of a 1,890 split after 1,89) also make lines of a label and values, but of a few values only.
     */
    private static boolean anyAligned(List<TextLine> rows, int columns) {
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                List<TextLine> a = rows.get(i).pieces();
                if (a.size() - 1 >= Math.max(2, columns / 2) && aligned(a, rows.get(j).pieces())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean aligned(List<TextLine> a, List<TextLine> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int p = 1; p < a.size(); p++) {
            if (a.get(p).x > b.get(p).right || b.get(p).x > a.get(p).right) {
                return false;
            }
        }
        return true;
    }

    /**
     * The table in a box of horizontal rules (heights {@code rules}, top to bottom) whose columns are not
     * drawn, if the text there is laid out in columns.
     */
    private static Optional<TablePart> streamTable(int page, List<Glyph> free, float left, float right,
                                                   Edges rules) {
        float top = rules.first();
        float bottom = rules.last();
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
        return Optional.of(StreamTable.build(page, lines, top, bottom, rules));
    }
}
