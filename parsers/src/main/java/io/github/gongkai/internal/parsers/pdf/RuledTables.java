package io.github.gongkai.internal.parsers.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables drawn with lines (lattice): each group of touching lines with verticals is a grid, its merged cells found
 * from missing inner lines. A grid that leaves columns or rows undrawn is read from the alignment of its text
 * instead. The horizontal lines that touch no vertical are left for {@link BandTables}.
 */
final class RuledTables implements TableExtractor {
    /** Numbers side by side in one cell, as where the lines between value columns are not drawn. */
    private static final Pattern SEVERAL_NUMBERS = Pattern.compile("\\s*[0-9][0-9,.]*(\\s+[0-9][0-9,.]*)+\\s*");
    /** Where the foot of a page begins, as a share of its height. */
    private static final float FOOT = 0.75f;

    private final List<RulingGroup> groups;
    private final int maxCells;
    private final List<Ruling> loose = new ArrayList<>();
    private long oversized;

    /**
     * @param maxCells the most cells a table may have
     */
    RuledTables(List<Ruling> horizontals, List<Ruling> verticals, int maxCells) {
        this.groups = Rulings.connected(horizontals, verticals);
        this.maxCells = maxCells;
    }

    @Override
    public List<TablePart> extract(PageContent content, List<Glyph> free) {
        List<TablePart> tables = new ArrayList<>();
        for (RulingGroup group : groups) {
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
                StreamTable.inBox(content.page(), free, lattice.left(), lattice.right(), lattice.rowEdges())
                        .ifPresent(tables::add);
            } else {
                tables.add(ruled);
                free.removeIf(g -> lattice.positionOf(g.centerX(), g.centerY()) >= 0);
            }
        }
        return tables;
    }

    /** The horizontal lines that touch no vertical one, once {@link #extract} has run. */
    List<Ruling> loose() {
        return loose;
    }

    /** The cells of the largest grid over the cell limit, left unread; 0 if none. */
    long oversized() {
        return oversized;
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
                    Glyph.inside(free, edges.get(band), edges.get(band + 1), lattice.left(), lattice.right()));
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
}
