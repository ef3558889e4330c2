package io.github.gongkai.internal.parsers.word;

import io.github.gongkai.internal.parsers.LimitExceeded;
import io.github.gongkai.Limits;
import io.github.gongkai.document.Block;
import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.Paragraph;
import io.github.gongkai.document.Table;
import io.github.gongkai.internal.parsers.word.MergedGrid.Merge;
import io.github.gongkai.internal.parsers.word.MergedGrid.Slot;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Turns a WordprocessingML table into a {@link Table} with merged cells placed once.
 *
 * <ul>
 * <li>Rows deleted with tracked changes left unaccepted are not part of the table.</li>
 * <li>{@code w:gridSpan} is the cell's column span; {@code w:gridBefore} shifts the row's first cell.</li>
 * <li>A {@code w:vMerge} restart cell spans itself and every continue cell directly below it that starts at
 * the same grid column ({@link MergedGrid}); continue cells are not emitted. The legacy {@code w:hMerge}
 * continue widens the cell to its left.</li>
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

    DocxTables(DocxReader reader, Limits limits) {
        this.reader = reader;
        this.limits = limits;
    }

    /** The table at {@code path}, followed by the tables nested in its cells; or a one-cell table's content. */
    List<Block> read(Element table, String path, int depth) {
        List<Element> rows = new ArrayList<>();
        collect(table, "tr", rows, 0);
        List<List<Slot<Element>>> slots = new ArrayList<>();
        List<String> rowPaths = new ArrayList<>();
        long width = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (Ooxml.deletedRow(rows.get(r))) {
                continue;   // left out of the grid, so that merges run across it; other rows keep their paths
            }
            String rowPath = path + "/tr[" + (r + 1) + "]";
            List<Slot<Element>> placed = placeRow(rows.get(r), rowPath, slots.size());
            slots.add(placed);
            rowPaths.add(rowPath);
            for (Slot<Element> slot : placed) {
                width = Math.max(width, (long) slot.column + slot.columns);
            }
            if (width * rows.size() > limits.maxTableCells()) {
                throw LimitExceeded.tableCells("a table at " + path, limits.maxTableCells());
            }
        }
        MergedGrid.mergeVertically(slots);
        List<Slot<Element>> emitted = slots.stream().flatMap(List::stream).filter(Slot::emitted).toList();
        if (emitted.size() == 1 && emitted.get(0).column == 0) {
            return reader.readContainer(emitted.get(0).source, emitted.get(0).path, depth);
        }
        List<Block> nested = new ArrayList<>();
        List<List<Cell>> cells = MergedGrid.cells(slots, rowPaths, slot -> cell(slot, depth, nested));
        List<Block> out = new ArrayList<>();
        if (!cells.isEmpty()) {
            out.add(new Table(cells, new Origin.Path(path)));
        }
        out.addAll(nested);
        return out;
    }

    private Cell cell(Slot<Element> slot, int depth, List<Block> nested) {
        List<String> lines = new ArrayList<>();
        for (Block block : reader.readContainer(slot.source, slot.path, depth)) {
            if (block instanceof Paragraph paragraph) {
                lines.add(paragraph.text());
            } else {
                nested.add(block);
            }
        }
        return new Cell(WordText.joinLines(lines), slot.rows, slot.columns, new Origin.Path(slot.path));
    }

    private List<Slot<Element>> placeRow(Element row, String rowPath, int r) {
        List<Slot<Element>> placed = new ArrayList<>();
        // A span beyond the cell limit cannot be real; clamping keeps the arithmetic small until the limit check.
        long cap = limits.maxTableCells() + 1L;
        long column = Math.min(cap, Math.max(0, Ooxml.intVal(Ooxml.path(row, "trPr", "gridBefore"), 0)));
        List<Element> cells = new ArrayList<>();
        collect(row, "tc", cells, 0);
        int index = 0;
        for (Element tc : cells) {
            index++;
            Element tcPr = Ooxml.child(tc, "tcPr");
            int span = (int) Math.min(Math.max(1, Ooxml.intVal(Ooxml.child(tcPr, "gridSpan"), 1)), cap);
            if (!placed.isEmpty() && "continue".equals(hMerge(tcPr))) {
                placed.get(placed.size() - 1).columns += span;
            } else {
                placed.add(new Slot<>(tc, rowPath + "/tc[" + index + "]", r, (int) Math.min(column, cap), span, vMerge(tcPr)));
            }
            column = Math.min(column + span, cap);
        }
        return placed;
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

    /** Rows of a table or cells of a row, including those wrapped in content controls or custom XML. */
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
