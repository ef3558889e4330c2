package io.github.gongkai.internal.parsers.pdf;

import static io.github.gongkai.internal.parsers.pdf.PdfFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.document.Document;
import io.github.gongkai.document.Grid;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Tables drawn the ways writers draw them, built in code with a standard font. */
class PdfDrawnTablesTest {
    private static final float TOP = 800;

    @Test
    void cellBordersDrawnAsThinFilledRectanglesMakeAGrid() throws Exception {
        Document document = parse(draw(Color.BLACK, true, 3));
        assertEquals(1, document.tables().size());
        Grid grid = document.tables().get(0).grid();
        assertEquals(3, grid.height());
        assertEquals(3, grid.width());
        assertEquals("r1c2", grid.textAt(1, 2));
    }

    @Test
    void strokedBordersMakeTheSameGrid() throws Exception {
        Grid grid = parse(draw(Color.BLACK, false, 3)).tables().get(0).grid();
        assertEquals("r2c0", grid.textAt(2, 0));
    }

    @Test
    void whiteLinesAreNoBorders() throws Exception {
        assertEquals(1, parse(draw(Color.BLACK, true, 1)).tables().size());
        assertEquals(0, parse(draw(Color.WHITE, true, 1)).tables().size());
    }

    @Test
    void valueColumnsWithoutLinesBetweenThemComeFromTheText() throws Exception {
        // Frame, a line under every row and one vertical line after the labels: the values share a box.
        Grid grid = parse(rowsOfNumbers(new float[] {50, 150, 350})).tables().get(0).grid();
        assertEquals(3, grid.height());
        assertEquals(4, grid.width());
        assertEquals("row1", grid.textAt(1, 0));
        assertEquals(List.of("11", "12", "13"), List.of(grid.textAt(1, 1), grid.textAt(1, 2), grid.textAt(1, 3)));
    }

    @Test
    void rowsRuledWithoutAnyVerticalLineAreATable() throws Exception {
        Grid grid = parse(rowsOfNumbers(new float[0])).tables().get(0).grid();
        assertEquals(3, grid.height());
        assertEquals(List.of("row2", "21", "22", "23"), List.of(grid.textAt(2, 0), grid.textAt(2, 1),
                grid.textAt(2, 2), grid.textAt(2, 3)));
    }

    @Test
    void columnsRuledWithoutAnyLineBetweenRowsAreReadRowByRow() throws Exception {
        // A frame and the lines between columns: each column's cell holds the numbers of all three rows.
        Grid grid = parse(rowsOfNumbers(new float[] {50, 150, 220, 280, 350}, false)).tables().get(0).grid();
        assertEquals(3, grid.height());
        assertEquals(List.of("row1", "11", "12", "13"), List.of(grid.textAt(1, 0), grid.textAt(1, 1),
                grid.textAt(1, 2), grid.textAt(1, 3)));
    }

    private static byte[] rowsOfNumbers(float[] verticals) throws Exception {
        return rowsOfNumbers(verticals, true);
    }

    /**
     * Three rows 20 points high from x 50 to 350, ruled above and below the table and, if {@code rowLines},
     * between the rows, with vertical lines at {@code verticals}; each row holds a label and three numbers.
     */
    private static byte[] rowsOfNumbers(float[] verticals, boolean rowLines) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (int i = 0; i <= 3; i += rowLines ? 1 : 3) {
                    content.moveTo(50, TOP - 20 * i);
                    content.lineTo(350, TOP - 20 * i);
                }
                for (float x : verticals) {
                    content.moveTo(x, TOP);
                    content.lineTo(x, TOP - 60);
                }
                content.stroke();
                for (int r = 0; r < 3; r++) {
                    String[] texts = {"row" + r, r + "1", r + "2", r + "3"};
                    float[] xs = {55, 180, 240, 300};
                    for (int c = 0; c < texts.length; c++) {
                        content.beginText();
                        content.setFont(font, 9);
                        content.newLineAtOffset(xs[c], TOP - 20 * r - 14);
                        content.showText(texts[c]);
                        content.endText();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A 3 x 3 grid, 100 x 20 points a cell, the cells of the first {@code columnsWithText} columns holding
     * their position as text.
     */
    private static byte[] draw(Color lines, boolean asRectangles, int columnsWithText) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setNonStrokingColor(lines);
                content.setStrokingColor(lines);
                for (int i = 0; i <= 3; i++) {
                    if (asRectangles) {
                        content.addRect(50, TOP - 20 * i - 0.25f, 300, 0.5f);
                        content.addRect(50 + 100 * i - 0.25f, TOP - 60, 0.5f, 60);
                        content.fill();
                    } else {
                        content.moveTo(50, TOP - 20 * i);
                        content.lineTo(350, TOP - 20 * i);
                        content.moveTo(50 + 100 * i, TOP);
                        content.lineTo(50 + 100 * i, TOP - 60);
                        content.stroke();
                    }
                }
                content.setNonStrokingColor(Color.BLACK);
                for (int r = 0; r < 3; r++) {
                    for (int c = 0; c < columnsWithText; c++) {
                        content.beginText();
                        content.setFont(font, 9);
                        content.newLineAtOffset(55 + 100 * c, TOP - 20 * r - 14);
                        content.showText("r" + r + "c" + c);
                        content.endText();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
