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
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * Turns an HWPF table into a {@link Table}. The binary format has no column grid: each cell has a left edge
 * and a width. The grid's columns are the distinct cell edges of all rows (edges closer than
 * {@link #EDGE_TOLERANCE} twips count as one, as hand-dragged borders rarely line up exactly), and a cell
 * spans the columns between its edges. Vertically merged cells are flagged restart/continue as in DOCX
 * ({@link MergedGrid}); the old horizontal merge flags widen the first merged cell. Rows deleted with tracked
 * changes left unaccepted are not part of the table.
 *
 * <p>Limits: tables nested in a cell are not separated in .doc files; their text joins the cell's text. A
 * table of one cell is a frame: its paragraphs are emitted in its place.
 */
final class DocTables {
    /** 40 twips, about 0.7 mm: less than any column a person would draw on purpose. */
    private static final int EDGE_TOLERANCE = 40;

    private final Limits limits;

    DocTables(Limits limits) {
        this.limits = limits;
    }

    /**
     * The table at {@code path}, or a one-cell table's paragraphs.
     *
     * @param paragraphText reads one paragraph's text, numbering included, in document order
     */
    List<Block> read(org.apache.poi.hwpf.usermodel.Table table, String path,
                     Function<org.apache.poi.hwpf.usermodel.Paragraph, String> paragraphText) {
        List<Integer> edges = edges(table);
        long width = Math.max(1, edges.size() - 1);
        if (width * table.numRows() > limits.maxTableCells()) {
            throw LimitExceeded.tableCells("a table at " + path, limits.maxTableCells());
        }
        List<List<Slot<TableCell>>> slots = new ArrayList<>();
        List<String> rowPaths = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            if (DocReader.allTextDeleted(table.getRow(r))) {
                // Deleted with tracked changes: left out of the grid, so that merges run across it; other rows
                // keep their paths.
                continue;
            }
            String rowPath = path + "/tr[" + (r + 1) + "]";
            rowPaths.add(rowPath);
            slots.add(placeRow(table.getRow(r), rowPath, slots.size(), edges));
        }
        MergedGrid.mergeVertically(slots);
        List<Slot<TableCell>> emitted = slots.stream().flatMap(List::stream).filter(Slot::emitted).toList();
        if (emitted.isEmpty()) {
            return List.of();   // every row deleted: nothing is left of the table, as in DOCX
        }
        if (emitted.size() == 1) {
            Slot<TableCell> only = emitted.get(0);
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < only.source.numParagraphs(); i++) {
                String text = paragraphText.apply(only.source.getParagraph(i));
                if (!text.isEmpty()) {
                    blocks.add(new Paragraph(text, new Origin.Path(only.path + "/p[" + (i + 1) + "]")));
                }
            }
            return blocks;
        }
        List<List<Cell>> cells = MergedGrid.cells(slots, rowPaths, slot -> {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < slot.source.numParagraphs(); i++) {
                lines.add(paragraphText.apply(slot.source.getParagraph(i)));
            }
            return new Cell(WordText.joinLines(lines), slot.rows, slot.columns, new Origin.Path(slot.path));
        });
        return List.of(new Table(cells, new Origin.Path(path)));
    }

    private static List<Slot<TableCell>> placeRow(TableRow row, String rowPath, int r, List<Integer> edges) {
        List<Slot<TableCell>> placed = new ArrayList<>();
        for (int c = 0; c < row.numCells(); c++) {
            TableCell cell = row.getCell(c);
            int left = column(edges, cell.getLeftEdge());
            int right = column(edges, cell.getLeftEdge() + cell.getWidth());
            if (cell.isMerged() && !cell.isFirstMerged() && !placed.isEmpty()) {
                Slot<TableCell> first = placed.get(placed.size() - 1);
                first.columns = Math.max(first.columns, right - first.column);
                continue;
            }
            Merge merge = cell.isFirstVerticallyMerged() ? Merge.RESTART
                    : cell.isVerticallyMerged() ? Merge.CONTINUE : Merge.NONE;
            placed.add(new Slot<>(cell, rowPath + "/tc[" + (c + 1) + "]", r, left, Math.max(1, right - left), merge));
        }
        return placed;
    }

    /** The grid's column lines: every cell edge of the table, near-equal edges taken as one. */
    private static List<Integer> edges(org.apache.poi.hwpf.usermodel.Table table) {
        TreeSet<Integer> all = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                all.add(cell.getLeftEdge());
                all.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int edge : all) {
            if (kept.isEmpty() || edge - kept.get(kept.size() - 1) > EDGE_TOLERANCE) {
                kept.add(edge);
            }
        }
        return kept;
    }

    /** The index of the column line nearest to an edge. */
    private static int column(List<Integer> edges, int edge) {
        int best = 0;
        for (int i = 1; i < edges.size(); i++) {
            if (Math.abs(edges.get(i) - edge) < Math.abs(edges.get(best) - edge)) {
                best = i;
            }
        }
        return best;
    }
}
