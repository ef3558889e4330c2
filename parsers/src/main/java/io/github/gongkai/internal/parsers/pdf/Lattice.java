package io.github.gongkai.internal.parsers.pdf;

import io.github.gongkai.document.Origin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table drawn with ruling lines: the grid comes from the positions of its horizontal and vertical lines,
 * merged cells from inner lines that are missing, and each glyph goes to the cell its centre lies in.
 */
final class Lattice {
    /** Rounds of widening merged cells to rectangles; real tables need one or two. */
    private static final int MAX_MERGE_ROUNDS = 16;

    private final float[] xs;
    private final float[] ys;
    /** The vertical lines at each column edge, and the horizontal lines at each row edge. */
    private final List<List<Ruling>> verticalsAt;
    private final List<List<Ruling>> horizontalsAt;
    /** For each grid position, the index of the merged cell covering it. */
    private int[] owner;

    private Lattice(float[] xs, float[] ys, List<Ruling> horizontals, List<Ruling> verticals) {
        this.xs = xs;
        this.ys = ys;
        this.verticalsAt = byLevel(verticals, xs, false);
        this.horizontalsAt = byLevel(horizontals, ys, true);
    }

    private static List<List<Ruling>> byLevel(List<Ruling> rulings, float[] levels, boolean horizontal) {
        List<List<Ruling>> out = new ArrayList<>(levels.length);
        for (int i = 0; i < levels.length; i++) {
            out.add(new ArrayList<>(2));
        }
        for (Ruling r : rulings) {
            float at = horizontal ? r.y1() : r.x1();
            int i = Rulings.slot(levels, at);
            if (i < 0) {
                continue;
            }
            if (i + 1 < levels.length && levels[i + 1] - at < at - levels[i]) {
                i++;
            }
            out.get(i).add(r);
        }
        return out;
    }

    /**
     * The grid of one group of connected lines, or null when they enclose no cell. Merged cells are found
     * by {@link #mergeCells()}.
     */
    static Lattice of(List<Ruling> horizontals, List<Ruling> verticals) {
        // The outer ends of the lines count as edges too: a table continued on a new page often lacks
        // its top line, while its vertical lines still reach up to where it starts.
        List<Float> x = new ArrayList<>();
        List<Float> y = new ArrayList<>();
        for (Ruling v : verticals) {
            x.add(v.x1());
        }
        for (Ruling h : horizontals) {
            y.add(h.y1());
        }
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (Ruling v : verticals) {
            top = Math.min(top, v.y1());
            bottom = Math.max(bottom, v.y2());
        }
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (Ruling h : horizontals) {
            left = Math.min(left, h.x1());
            right = Math.max(right, h.x2());
        }
        if (!horizontals.isEmpty()) {
            x.add(left);
            x.add(right);
        }
        if (!verticals.isEmpty()) {
            y.add(top);
            y.add(bottom);
        }
        Lattice lattice = new Lattice(Rulings.levels(x), Rulings.levels(y), horizontals, verticals);
        if (lattice.rows() < 1 || lattice.columns() < 1) {
            return null;
        }
        return lattice;
    }

    int rows() {
        return Math.max(0, ys.length - 1);
    }

    int columns() {
        return Math.max(0, xs.length - 1);
    }

    float left() {
        return xs[0];
    }

    float right() {
        return xs[xs.length - 1];
    }

    float top() {
        return ys[0];
    }

    float bottom() {
        return ys[ys.length - 1];
    }

    /** The heights of the row edges, top to bottom. */
    Edges rowEdges() {
        return Edges.of(ys);
    }

    private boolean contains(float x, float y) {
        return x >= left() - 1 && x <= right() + 1 && y >= top() - 1 && y <= bottom() + 1;
    }

    /**
     * Joins neighbouring grid positions not separated by a line, then widens every group to its bounding
     * rectangle so that merged cells stay rectangular even where a border is broken.
     */
    void mergeCells() {
        int rows = rows();
        int cols = columns();
        UnionFind cells = new UnionFind(rows * cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !lineAt(verticalsAt.get(c + 1), ys[r], ys[r + 1], false)) {
                    cells.union(r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !lineAt(horizontalsAt.get(r + 1), xs[c], xs[c + 1], true)) {
                    cells.union(r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        boolean changed = true;
        for (int round = 0; changed && round < MAX_MERGE_ROUNDS; round++) {
            changed = false;
            int n = cells.size();
            int[] minR = new int[n];
            int[] maxR = new int[n];
            int[] minC = new int[n];
            int[] maxC = new int[n];
            Arrays.fill(minR, Integer.MAX_VALUE);
            Arrays.fill(minC, Integer.MAX_VALUE);
            Arrays.fill(maxR, -1);
            Arrays.fill(maxC, -1);
            for (int i = 0; i < n; i++) {
                int root = cells.find(i);
                minR[root] = Math.min(minR[root], i / cols);
                maxR[root] = Math.max(maxR[root], i / cols);
                minC[root] = Math.min(minC[root], i % cols);
                maxC[root] = Math.max(maxC[root], i % cols);
            }
            for (int root = 0; root < n; root++) {
                for (int r = minR[root]; r <= maxR[root]; r++) {
                    for (int c = minC[root]; c <= maxC[root]; c++) {
                        changed |= cells.union(root, r * cols + c);
                    }
                }
            }
        }
        owner = new int[cells.size()];
        for (int i = 0; i < owner.length; i++) {
            owner[i] = cells.find(i);
        }
    }

    /** Whether one of the lines at an edge covers the span from {@code from} to {@code to}. */
    private static boolean lineAt(List<Ruling> lines, float from, float to, boolean horizontal) {
        float slack = Math.min(Geometry.SNAP, (to - from) / 3);
        for (Ruling line : lines) {
            float a = horizontal ? line.x1() : line.y1();
            float b = horizontal ? line.x2() : line.y2();
            if (a <= from + slack && b >= to - slack) {
                return true;
            }
        }
        return false;
    }

    /** The grid position index of a point inside the table, or -1 outside. */
    int positionOf(float x, float y) {
        if (!contains(x, y)) {
            return -1;
        }
        int c = Rulings.slot(xs, x);
        int r = Rulings.slot(ys, y);
        return c < 0 || r < 0 ? -1 : owner[r * columns() + c];
    }

    /**
     * The table with its cells' texts.
     *
     * @param page   page number
     * @param glyphs for each grid position, the glyphs whose centres lie in it (indexed as
     *               {@link #positionOf})
     */
    TablePart toPart(int page, List<List<Glyph>> glyphs) {
        int cols = columns();
        List<TablePart.Box> boxes = new ArrayList<>();
        for (int i = 0; i < owner.length; i++) {
            if (owner[i] != i) {
                continue; // not the top-left position of its cell
            }
            int r = i / cols;
            int c = i % cols;
            int r2 = r;
            while (r2 + 1 < rows() && owner[(r2 + 1) * cols + c] == i) {
                r2++;
            }
            int c2 = c;
            while (c2 + 1 < cols && owner[r * cols + c2 + 1] == i) {
                c2++;
            }
            List<Glyph> inCell = glyphs.get(i);
            String text = inCell == null ? "" : TextLine.join(TextLine.group(inCell));
            Origin.Region box = new Origin.Region(page, xs[c], ys[r], xs[c2 + 1] - xs[c], ys[r2 + 1] - ys[r]);
            boxes.add(new TablePart.Box(r, c, r2 - r + 1, c2 - c + 1, text, box));
        }
        return new TablePart(page, top(), bottom(), left(), right(), rows(), cols, Edges.of(xs), boxes, true);
    }
}
