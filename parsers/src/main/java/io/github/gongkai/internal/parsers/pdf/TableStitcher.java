package io.github.gongkai.internal.parsers.pdf;

import io.github.gongkai.document.Origin;
import io.github.gongkai.internal.parsers.pdf.TablePart.Box;
import io.github.gongkai.internal.text.CellValue;
import io.github.gongkai.internal.text.LineJoin;
import io.github.gongkai.internal.text.OutlineNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins a table continued on the next page to its first part: the header rows the continuation repeats
 * are dropped, a row cut by the page break becomes one row again, and a merged label cell cut by the
 * break (三、本年度办理结果, (四)无法提供) becomes one cell.
 */
final class TableStitcher {
    private static final float EDGE_TOLERANCE = 6f;
    /**
     * Share of the narrower extent two tables without lines must overlap to be one: their columns come from
     * the widths of their numbers, so their edges move from page to page.
     */
    private static final float LINELESS_OVERLAP = 0.7f;

    private static final Pattern SPACE = Pattern.compile("\\s");

    private TableStitcher() {
    }

    /**
     * Whether {@code next} continues {@code first}: a table at the top of the next page at the same place,
     * whose column lines mostly coincide with the first part's (a column split only in the header, or only
     * in the body, is allowed).
     */
    static boolean continues(TablePart first, TablePart next) {
        if (next.page() != first.page() + 1) {
            return false;
        }
        if (!first.ruled() && !next.ruled()) {
            // Columns found from text alignment move with the widths of the numbers: compare extents.
            float overlap = Math.min(first.right(), next.right()) - Math.max(first.left(), next.left());
            return overlap >= LINELESS_OVERLAP * Math.min(first.right() - first.left(), next.right() - next.left());
        }
        if (Math.abs(first.left() - next.left()) > EDGE_TOLERANCE
                || Math.abs(first.right() - next.right()) > EDGE_TOLERANCE) {
            return false;
        }
        int shared = 0;
        for (int i = 0; i < next.edges().count(); i++) {
            if (indexOf(first.edges(), next.edges().get(i)) >= 0) {
                shared++;
            }
        }
        return 2 * shared >= Math.min(first.edges().count(), next.edges().count()) + 1;
    }

    /** One table of both parts; the result keeps the first part's page and position. */
    static TablePart join(TablePart first, TablePart next) {
        boolean ruled = first.ruled() && next.ruled();
        Edges edges = ruled ? union(first.edges(), next.edges()) : first.edges();
        List<Box> head = ruled ? onEdges(first.cells(), first.edges(), edges) : new ArrayList<>(first.cells());
        List<Box> tail = ruled ? onEdges(next.cells(), next.edges(), edges) : realign(first, next);
        int nextRows = next.rows();
        int repeated = repeatedHeader(head, tail, nextRows);
        tail = shift(tail, -repeated);
        nextRows -= repeated;

        int last = first.rows() - 1;
        if (nextRows > 0 && isSplitRow(head, tail, last)) {
            mergeSplitRow(head, tail, last);
            tail = shift(tail, -1);
            nextRows--;
        }
        if (nextRows > 0) {
            mergeCutLabels(head, tail, last);
        }
        head.addAll(shift(tail, first.rows()));
        head.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row())
                : Integer.compare(a.column(), b.column()));
        return new TablePart(first.page(), first.top(), first.bottom(), first.left(), first.right(),
                first.rows() + nextRows, edges.count() - 1, edges, head, first.ruled());
    }

    /** Both parts' column edges, those within the tolerance of each other counted once. */
    private static Edges union(Edges a, Edges b) {
        List<Float> all = new ArrayList<>();
        for (int i = 0; i < a.count(); i++) {
            all.add(a.get(i));
        }
        for (int i = 0; i < b.count(); i++) {
            if (indexOf(a, b.get(i)) < 0) {
                all.add(b.get(i));
            }
        }
        all.sort(null);
        return Edges.of(Rulings.toArray(all));
    }

    /** The index of the edge within the tolerance of {@code x}, or -1. */
    private static int indexOf(Edges edges, float x) {
        int best = -1;
        for (int i = 0; i < edges.count(); i++) {
            float distance = Math.abs(edges.get(i) - x);
            if (distance <= EDGE_TOLERANCE && (best < 0 || distance < Math.abs(edges.get(best) - x))) {
                best = i;
            }
        }
        return best;
    }

    /** Cells placed on a finer set of edges that holds all of their own: spans widen where edges were added. */
    private static List<Box> onEdges(List<Box> cells, Edges own, Edges edges) {
        List<Box> out = new ArrayList<>(cells.size());
        for (Box b : cells) {
            int from = indexOf(edges, own.get(b.column()));
            int to = indexOf(edges, own.get(b.column() + b.colSpan()));
            out.add(new Box(b.row(), from, b.rowSpan(), Math.max(1, to - from), b.text(), b.origin()));
        }
        return out;
    }

    /**
     * The continuation's cells placed in the first part's columns by where their text lies: without
     * lines the two parts' columns were found separately. Texts landing in one column are joined.
     */
    private static List<Box> realign(TablePart first, TablePart next) {
        float[] edges = first.edges().toArray();
        int columns = first.columns();
        List<Box> tail = new ArrayList<>();
        for (int r = 0; r < next.rows(); r++) {
            Box[] row = new Box[columns];
            for (Box b : next.cells()) {
                if (b.row() != r || b.text().isBlank()) {
                    continue;
                }
                float centre = (float) (b.origin().x() + b.origin().width() / 2);
                int c = Rulings.slot(edges, centre);
                c = c >= 0 ? c : centre < edges[0] ? 0 : columns - 1;
                row[c] = row[c] == null ? new Box(r, c, 1, 1, b.text(), b.origin())
                        : new Box(r, c, 1, 1, joined(row[c].text(), b.text()), row[c].origin().union(b.origin()));
            }
            for (int c = 0; c < columns; c++) {
                tail.add(row[c] != null ? row[c] : new Box(r, c, 1, 1, "", new Origin.Region(next.page(),
                        edges[c], next.top(), edges[c + 1] - edges[c], 0)));
            }
        }
        return tail;
    }

    /** How many leading rows of the continuation repeat the first rows of the table, cell for cell. */
    private static int repeatedHeader(List<Box> head, List<Box> tail, int tailRows) {
        int best = 0;
        for (int k = 1; k < tailRows; k++) {
            if (!closedBlock(tail, k) || !closedBlock(head, k)) {
                continue;
            }
            if (!sameRows(head, tail, k)) {
                break;
            }
            best = k;
        }
        return best;
    }

    /** Whether no cell crosses the boundary below row {@code k - 1}. */
    private static boolean closedBlock(List<Box> cells, int k) {
        for (Box b : cells) {
            if (b.row() < k && b.row() + b.rowSpan() > k) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameRows(List<Box> head, List<Box> tail, int k) {
        List<String> a = signature(head, k);
        List<String> b = signature(tail, k);
        return a.equals(b) && a.stream().anyMatch(s -> !s.endsWith(":"));
    }

    private static List<String> signature(List<Box> cells, int k) {
        List<String> out = new ArrayList<>();
        for (Box b : cells) {
            if (b.row() < k) {
                out.add(b.row() + "," + b.column() + "," + b.rowSpan() + "," + b.colSpan() + ":"
                        + SPACE.matcher(b.text()).replaceAll(""));
            }
        }
        out.sort(null);
        return out;
    }

    /**
     * Whether the continuation's first row is the rest of the first part's last row: its label cell is
     * empty and one of the two halves has no numbers (they went with the other half).
     */
    private static boolean isSplitRow(List<Box> head, List<Box> tail, int last) {
        List<Box> upper = anchoredIn(head, last);
        List<Box> lower = anchoredIn(tail, 0);
        if (lower.isEmpty() || !lower.get(0).text().isBlank() || lower.get(0).column() != 0) {
            return false;
        }
        boolean lowerHasText = lower.stream().anyMatch(b -> !b.text().isBlank());
        boolean upperNumbers = upper.stream().anyMatch(b -> CellValue.isValue(b.text().strip()));
        boolean lowerNumbers = lower.stream().anyMatch(b -> CellValue.isValue(b.text().strip()));
        return lowerHasText && (!upperNumbers || !lowerNumbers);
    }

    private static void mergeSplitRow(List<Box> head, List<Box> tail, int last) {
        for (Box b : anchoredIn(tail, 0)) {
            int i = coveringBottom(head, b, last, false);
            if (i < 0) {
                continue;
            }
            Box a = head.get(i);
            head.set(i, new Box(a.row(), a.column(), a.rowSpan() + b.rowSpan() - 1, a.colSpan(),
                    joined(a.text(), b.text()), a.origin()));
            tail.remove(b);
        }
    }

    /**
     * Merged label cells cut by the page break: an empty continuation under a multi-row label, or a label
     * fragment that starts with no numbering, under a label cell.
     */
    private static void mergeCutLabels(List<Box> head, List<Box> tail, int last) {
        for (Box b : anchoredIn(tail, 0)) {
            int i = coveringBottom(head, b, last, true);
            if (i < 0) {
                continue;
            }
            Box a = head.get(i);
            boolean labels = !CellValue.isValue(a.text().strip()) && !a.text().isBlank()
                    && !CellValue.isValue(b.text().strip());
            boolean emptyContinuation = b.text().isBlank() && a.rowSpan() > 1 && b.rowSpan() > 1;
            boolean fragment = !b.text().isBlank() && OutlineNumber.level(b.text()) == OutlineNumber.UNNUMBERED
                    && (a.rowSpan() > 1 || b.rowSpan() > 1);
            if (labels && (emptyContinuation || fragment)) {
                head.set(i, new Box(a.row(), a.column(), a.rowSpan() + b.rowSpan(), a.colSpan(),
                        joined(a.text(), b.text()), a.origin()));
                tail.remove(b);
            }
        }
    }

    /**
     * The index of the first part's cell that reaches the last row above {@code b}: in exactly the same
     * columns, or (not {@code exact}) covering {@code b}'s first column.
     */
    private static int coveringBottom(List<Box> head, Box b, int last, boolean exact) {
        for (int i = 0; i < head.size(); i++) {
            Box a = head.get(i);
            boolean columns = exact ? a.column() == b.column() && a.colSpan() == b.colSpan()
                    : a.column() <= b.column() && b.column() < a.column() + a.colSpan();
            if (columns && a.row() + a.rowSpan() - 1 == last) {
                return i;
            }
        }
        return -1;
    }

    private static List<Box> anchoredIn(List<Box> cells, int row) {
        List<Box> out = new ArrayList<>();
        for (Box b : cells) {
            if (b.row() == row) {
                out.add(b);
            }
        }
        out.sort((a, b) -> Integer.compare(a.column(), b.column()));
        return out;
    }

    /** The cells moved down by {@code rows} (up where negative); cells moved above the first row are dropped. */
    private static List<Box> shift(List<Box> cells, int rows) {
        List<Box> out = new ArrayList<>(cells.size());
        for (Box b : cells) {
            if (b.row() + rows >= 0) {
                out.add(new Box(b.row() + rows, b.column(), b.rowSpan(), b.colSpan(), b.text(), b.origin()));
            }
        }
        return out;
    }

    private static String joined(String a, String b) {
        StringBuilder out = new StringBuilder(a);
        LineJoin.append(out, b, LineJoin.Break.LAYOUT);
        return out.toString();
    }
}
