package io.github.gongkai.internal.parsers.pdf;

import io.github.gongkai.document.Origin;
import io.github.gongkai.spi.PageRecognizer;
import io.github.gongkai.spi.RecognizedPage;
import io.github.gongkai.spi.RecognizedPage.Box;
import io.github.gongkai.spi.RecognizedPage.Recognized;
import io.github.gongkai.spi.RecognizedPage.Segment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads a scanned page by text recognition: the page is rendered, its ruling lines found on the image go
 * through the same lattice as drawn lines, each cell of the grid is recognised on its own, and the running
 * text outside the tables line by line. The running text becomes glyphs placed where it was seen, so that
 * paragraphs, running headers and tables continued over pages are put together as for any PDF.
 */
final class ScanReader {
    /** Scans are printed at 150 to 300 dpi; rendering at 300 keeps the detail of the finest. */
    private static final float DPI = 300;
    /** How far inside its lines a cell is read, in points, so that its borders are not read as strokes. */
    private static final float INSET = 1.5f;

    private final PDFRenderer renderer;
    private final PageRecognizer recognizer;

    ScanReader(PDFRenderer renderer, PageRecognizer recognizer) {
        this.renderer = renderer;
        this.recognizer = recognizer;
    }

    /**
     * One page read by recognition.
     *
     * @param layout the page taken apart as a text page would be
     * @param cells  each recognised table cell, with its confidence, to go into the cells' origins
     */
    record Read(PageLayout layout, List<Origin.Recognized> cells) {
    }

    /**
     * Renders and reads one page.
     *
     * @param index    the page's index in the file, from 0
     * @param scanned  the page as collected from its content stream (its images; any text layer is ignored)
     * @param maxCells the most cells a table may have
     */
    Read read(int index, PageContent scanned, int maxCells) throws IOException {
        float scale = DPI / 72;
        BufferedImage image = renderer.renderImageWithDPI(index, DPI, ImageType.RGB);
        float width = image.getWidth() / scale;
        float height = image.getHeight() / scale;
        try (RecognizedPage page = recognizer.open(image, scale)) {
            List<Ruling> rulings = new ArrayList<>();
            for (Segment s : page.rulings()) {
                rulings.add(new Ruling(s.x1(), s.y1(), s.x2(), s.y2()));
            }
            PageContent lines = content(scanned, width, height, List.of(), rulings);
            List<Origin.Recognized> cells = new ArrayList<>();
            List<TablePart> tables = new ArrayList<>();
            List<Box> areas = new ArrayList<>();
            for (TablePart table : PageLayout.of(lines, maxCells).tables()) {
                areas.add(new Box(table.left(), table.top(), table.right() - table.left(),
                        table.bottom() - table.top()));
                tables.add(read(page, table, cells));
            }
            List<Glyph> glyphs = new ArrayList<>();
            for (Recognized line : page.lines(areas)) {
                place(line.text(), line.box(), glyphs);
            }
            // The cells' texts are the recogniser's: the grid is not second-guessed from where text lies.
            return new Read(new PageLayout(content(scanned, width, height, glyphs, rulings), tables,
                    TextLine.group(glyphs), 0), cells);
        }
    }

    /** The table with each cell's text recognised on its own. */
    private static TablePart read(RecognizedPage page, TablePart table, List<Origin.Recognized> cells)
            throws IOException {
        List<TablePart.Box> read = new ArrayList<>(table.cells().size());
        for (TablePart.Box cell : table.cells()) {
            Recognized text = page.cell(inside(cell.origin()));
            read.add(new TablePart.Box(cell.row(), cell.column(), cell.rowSpan(), cell.colSpan(), text.text(),
                    cell.origin()));
            if (!text.text().isBlank()) {
                cells.add(new Origin.Recognized(cell.origin(), text.confidence(), text.alternatives()));
            }
        }
        return new TablePart(table.page(), table.top(), table.bottom(), table.left(), table.right(), table.rows(),
                table.columns(), table.edges(), read, table.ruled());
    }

    private static PageContent content(PageContent scanned, float width, float height, List<Glyph> glyphs,
                                       List<Ruling> rulings) {
        return new PageContent(scanned.page(), width, height, glyphs, rulings, scanned.images(), 0, "");
    }

    private static Box inside(Origin.Region region) {
        float inset = (float) Math.min(INSET, Math.min(region.width(), region.height()) / 4);
        return new Box((float) region.x() + inset, (float) region.y() + inset,
                (float) region.width() - 2 * inset, (float) region.height() - 2 * inset);
    }

    /**
     * Lays the characters of one recognised line out over its box as glyphs of equal width, on the box's
     * middle line; a space leaves a gap.
     */
    private static void place(String text, Box box, List<Glyph> out) {
        String line = text.strip();
        int count = line.codePointCount(0, line.length());
        if (count == 0) {
            return;
        }
        float advance = box.width() / count;
        float size = Math.max(1, Math.min(box.height() * 0.8f, advance * 1.2f));
        float baseline = box.y() + box.height() / 2 + size * 0.38f;
        int i = 0;
        for (int offset = 0; offset < line.length(); ) {
            int cp = line.codePointAt(offset);
            offset += Character.charCount(cp);
            if (!Character.isWhitespace(cp)) {
                out.add(new Glyph(new String(Character.toChars(cp)), box.x() + i * advance, baseline,
                        advance * 0.9f, size));
            }
            i++;
        }
    }
}
