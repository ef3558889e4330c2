package io.github.gongkai.internal.parsers.pdf;

import io.github.gongkai.Limits;
import io.github.gongkai.document.Block;
import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Paragraph;
import io.github.gongkai.document.Table;
import io.github.gongkai.internal.parsers.LimitExceeded;
import io.github.gongkai.model.GongkaiException;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the pages' tables and text into one list of blocks in reading order: top to bottom on each page,
 * side-by-side columns of text left column first, a table continued on the next page joined to its start.
 */
final class DocumentAssembler {
    private final String file;
    private final Limits limits;
    private final List<Block> blocks = new ArrayList<>();
    private Paragraphs paragraphs;
    /** The last table seen, held back while the next page may continue it. */
    private TablePart pending;

    DocumentAssembler(String file, Limits limits) {
        this.file = file;
        this.limits = limits;
    }

    List<Block> assemble(List<PageLayout> read) throws GongkaiException {
        List<PageLayout> pages = RunningText.outOfTables(read);
        List<List<TextLine>> texts = RunningText.strip(pages);
        paragraphs = new Paragraphs(blocks, Paragraphs.Margins.of(texts));
        for (int p = 0; p < pages.size(); p++) {
            PageLayout page = pages.get(p);
            List<TextLine> lines = texts.get(p);
            int pageNumber = page.content().page();
            int t = 0;
            int l = 0;
            while (t < page.tables().size() || l < lines.size()) {
                boolean tableNext = t < page.tables().size()
                        && (l == lines.size() || page.tables().get(t).top() <= lines.get(l).top);
                if (tableNext) {
                    table(page.tables().get(t++));
                } else {
                    l = text(lines, l, pageNumber);
                }
            }
        }
        releasePending();
        paragraphs.flush();
        return blocks;
    }

    private void table(TablePart part) throws GongkaiException {
        if (pending != null && TableStitcher.continues(pending, part)) {
            pending = TableStitcher.join(pending, part);
            return;
        }
        releasePending();
        paragraphs.flush();
        pending = part;
    }

    /**
     * Adds the line at {@code from} and returns the index after it. A run of two or more lines each cut
     * into two pieces at the same place is text set in two columns: it is added column by column, each
     * piece a paragraph of its own. A single line with a gap stays one line.
     */
    private int text(List<TextLine> lines, int from, int page) throws GongkaiException {
        releasePending();
        int end = twoColumnRunEnd(lines, from);
        if (end - from < 2) {
            paragraphs.add(lines.get(from), page, false);
            return from + 1;
        }
        List<TextLine> right = new ArrayList<>();
        for (int i = from; i < end; i++) {
            List<TextLine> pieces = lines.get(i).pieces();
            paragraphs.add(pieces.get(0), page, true);
            right.add(pieces.get(1));
        }
        for (TextLine piece : right) {
            paragraphs.add(piece, page, true);
        }
        return end;
    }

    private static int twoColumnRunEnd(List<TextLine> lines, int from) {
        List<TextLine> first = lines.get(from).pieces();
        if (first.size() != 2) {
            return from;
        }
        float split = first.get(1).x;
        int end = from;
        while (end < lines.size()) {
            List<TextLine> pieces = lines.get(end).pieces();
            if (pieces.size() != 2 || Math.abs(pieces.get(1).x - split) > 2 * pieces.get(1).size) {
                break;
            }
            end++;
        }
        return end;
    }

    private void releasePending() throws GongkaiException {
        if (pending == null) {
            return;
        }
        TablePart part = pending;
        pending = null;
        if (part.rows() == 1 && part.columns() == 1) {
            // A single ruled cell that no table on the next page continued: a framed paragraph.
            TablePart.Box box = part.cells().get(0);
            if (!box.text().isBlank()) {
                blocks.add(new Paragraph(box.text(), box.origin()));
            }
            return;
        }
        long cells = (long) part.rows() * part.columns();
        if (cells > limits.maxTableCells()) {
            throw LimitExceeded.tableCells("a table on page " + part.page(), limits.maxTableCells()).failure(file);
        }
        List<List<Cell>> rows = new ArrayList<>(part.rows());
        for (int r = 0; r < part.rows(); r++) {
            rows.add(new ArrayList<>());
        }
        for (TablePart.Box box : part.cells()) {
            rows.get(box.row()).add(new Cell(box.text(), box.rowSpan(), box.colSpan(), box.origin()));
        }
        blocks.add(new Table(rows, part.origin()));
    }
}
