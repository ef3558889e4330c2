package io.github.gongkai.parsers.word;

import io.github.gongkai.document.Block;
import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.Paragraph;
import io.github.gongkai.document.Table;
import io.github.gongkai.parsers.Limits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Turns a WordprocessingML table into a {@link Table} with merged cells placed once.
 *
 * <ul>
 * <li>{@code w:gridSpan} is the cell's column span; {@code w:gridBefore} becomes a blank cell so that the
 * row's cells keep their grid columns.</li>
 * <li>A {@code w:vMerge} restart cell spans itself and every continue cell directly below it that starts at
 * the same grid column; continue cells are not emitted. A continue cell with nothing to continue is kept as
 * a cell of its own. The legacy {@code w:hMerge} continue widens the cell to its left.</li>
 * <li>A cell's paragraphs are joined into one line ({@link WordText#joinLines}).</li>
 * <li>Nested tables are data in reports (a table pasted into a cell), so each is emitted as a table of its
 * own right after the table that contains it; the containing cell keeps only its own text. A table of a
 * single cell is a frame drawn around content, not data: its content is emitted in its place.</li>
 * </ul>
 */
final class DocxTables {
    /** Content controls wrapping rows or cells are followed this deep. */
    private static final int MAX_WRAPPING = 8;

    private final DocxReader reader;
    private final Limits limits;

    private enum Merge { NONE, RESTART, CONTINUE }

    /** A {@code w:tc} placed on the grid. */
    private static final class Slot {
        final Element element;
        final String path;
        final int column;
        int columns;
        int rows = 1;
        int lastRow;
        final Merge merge;
        boolean emitted = true;

        Slot(Element element, String path, int row, int column, int columns, Merge merge) {
            this.element = element;
            this.path = path;
            this.lastRow = row;
            this.column = column;
            this.columns = columns;
            this.merge = merge;
        }
    }

    DocxTables(DocxReader reader, Limits limits) {
        this.reader = reader;
        this.limits = limits;
    }

    /** The table at {@code path}, followed by the tables nested in its cells; or a one-cell table's content. */
    List<Block> read(Element table, String path, int depth) {
        List<Element> rows = rowsOf(table);
        List<List<Slot>> slots = new ArrayList<>();
        List<Integer> before = new ArrayList<>();
        long width = 0;
        for (int r = 0; r < rows.size(); r++) {
            Element row = rows.get(r);
            int gridBefore = Math.max(0, Ooxml.intVal(Ooxml.path(row, "trPr", "gridBefore"), 0));
            before.add(gridBefore);
            List<Slot> placed = placeRow(row, path + "/tr[" + (r + 1) + "]", r, gridBefore);
            slots.add(placed);
            Slot last = placed.isEmpty() ? null : placed.get(placed.size() - 1);
            width = Math.max(width, last == null ? gridBefore : (long) last.column + last.columns);
            if (width * rows.size() > limits.maxTableCells()) {
                throw new LimitExceeded("a table at " + path + " has more than " + limits.maxTableCells() + " cells");
            }
        }
        mergeVertically(slots);
        List<Slot> emitted = slots.stream().flatMap(List::stream).filter(slot -> slot.emitted).toList();
        if (emitted.size() == 1 && before.stream().allMatch(b -> b == 0)) {
            return reader.readContainer(emitted.get(0).element, emitted.get(0).path, depth);
        }
        List<Block> nested = new ArrayList<>();
        List<List<Cell>> cells = new ArrayList<>();
        for (int r = 0; r < slots.size(); r++) {
            List<Cell> row = new ArrayList<>();
            if (before.get(r) > 0) {
                row.add(new Cell("", 1, before.get(r), new Origin.Path(path + "/tr[" + (r + 1) + "]")));
            }
            for (Slot slot : slots.get(r)) {
                if (slot.emitted) {
                    row.add(cell(slot, depth, nested));
                }
            }
            cells.add(row);
        }
        List<Block> out = new ArrayList<>();
        if (!cells.isEmpty()) {
            out.add(new Table(cells, new Origin.Path(path)));
        }
        out.addAll(nested);
        return out;
    }

    private Cell cell(Slot slot, int depth, List<Block> nested) {
        List<String> lines = new ArrayList<>();
        for (Block block : reader.readContainer(slot.element, slot.path, depth)) {
            if (block instanceof Paragraph paragraph) {
                lines.add(paragraph.text());
            } else {
                nested.add(block);
            }
        }
        return new Cell(WordText.joinLines(lines), slot.rows, slot.columns, new Origin.Path(slot.path));
    }

    private List<Slot> placeRow(Element row, String rowPath, int r, int gridBefore) {
        List<Slot> placed = new ArrayList<>();
        long column = gridBefore;
        int index = 0;
        for (Element tc : cellsOf(row)) {
            index++;
            Element tcPr = Ooxml.child(tc, "tcPr");
            // A span beyond the cell limit cannot be real; clamping keeps the arithmetic small until the limit check.
            int span = (int) Math.min(Math.max(1, Ooxml.intVal(Ooxml.child(tcPr, "gridSpan"), 1)),
                    limits.maxTableCells() + 1L);
            if (!placed.isEmpty() && "continue".equals(hMerge(tcPr))) {
                placed.get(placed.size() - 1).columns += span;
                column += span;
                continue;
            }
            placed.add(new Slot(tc, rowPath + "/tc[" + index + "]", r, (int) Math.min(column, Integer.MAX_VALUE / 2),
                    span, vMerge(tcPr)));
            column += span;
        }
        return placed;
    }

    /** Adds each continue cell to the restart cell above it at the same grid column. */
    private static void mergeVertically(List<List<Slot>> slots) {
        Map<Integer, Slot> open = new HashMap<>();
        for (int r = 0; r < slots.size(); r++) {
            for (Slot slot : slots.get(r)) {
                Slot above = open.get(slot.column);
                if (slot.merge == Merge.CONTINUE && above != null && above.lastRow == r - 1) {
                    above.rows++;
                    above.lastRow = r;
                    slot.emitted = false;
                    continue;
                }
                closeOverlapping(open, slot);
                if (slot.merge == Merge.RESTART) {
                    open.put(slot.column, slot);
                }
            }
        }
    }

    private static void closeOverlapping(Map<Integer, Slot> open, Slot slot) {
        for (Iterator<Slot> it = open.values().iterator(); it.hasNext(); ) {
            Slot other = it.next();
            if (other.column < slot.column + slot.columns && slot.column < other.column + other.columns) {
                it.remove();
            }
        }
    }

    private static Merge vMerge(Element tcPr) {
        Element vMerge = Ooxml.child(tcPr, "vMerge");
        if (vMerge == null) {
            return Merge.NONE;
        }
        return "restart".equals(Ooxml.val(vMerge)) ? Merge.RESTART : Merge.CONTINUE;
    }

    private static String hMerge(Element tcPr) {
        Element hMerge = Ooxml.child(tcPr, "hMerge");
        if (hMerge == null) {
            return null;
        }
        String value = Ooxml.val(hMerge);
        return value == null ? "continue" : value;
    }

    /** The rows of a table, including rows wrapped in row-level content controls or custom XML. */
    private static List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        collect(table, "tr", rows, 0);
        return rows;
    }

    /** The cells of a row, including cells wrapped in cell-level content controls or custom XML. */
    private static List<Element> cellsOf(Element row) {
        List<Element> cells = new ArrayList<>();
        collect(row, "tc", cells, 0);
        return cells;
    }

    private static void collect(Element parent, String name, List<Element> out, int wrapping) {
        for (Element child : Ooxml.children(parent)) {
            if (Ooxml.is(child, name)) {
                out.add(child);
            } else if (wrapping < MAX_WRAPPING && (Ooxml.is(child, "sdt") || Ooxml.is(child, "customXml"))) {
                Element content = Ooxml.is(child, "sdt") ? Ooxml.child(child, "sdtContent") : child;
                if (content != null) {
                    collect(content, name, out, wrapping + 1);
                }
            }
        }
    }
}
