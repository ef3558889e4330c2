package io.github.gongkai.internal.parsers.pdf;

import static io.github.gongkai.internal.parsers.pdf.PdfFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.document.Document;
import io.github.gongkai.document.Grid;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Tables without a single ruling line, built in code: their columns come from whitespace alone. */
class PdfLinelessTablesTest {
    private static final float TOP = 800;
    private static final float SIZE = 9;

    @Test
    void numbersOfNarrowColumnsLessThanAFontSizeApartAreSeparateCells() throws Exception {
        // 其他 and 总计 side by side: "32" ends 8 points (under one font size) before "1613" begins.
        float gap = 8;
        float next = 240 + 2 * digitWidth() + gap;
        Grid grid = parse(lines(new Object[][] {
            {55f, "row0", 180f, "5", 240f, "32", next, "1613"},
            {55f, "row1", 180f, "6", 240f, "0", next, "75"},
            {55f, "row2", 180f, "7", 240f, "5", next, "775"}}, null)).tables().get(0).grid();
        assertEquals(List.of("row0", "5", "32", "1613"), List.of(grid.textAt(0, 0), grid.textAt(0, 1),
                grid.textAt(0, 2), grid.textAt(0, 3)));
        assertEquals("0", grid.textAt(1, 2));
    }

    @Test
    void rowsOfALabelAndOneNumberAreATableThatEndsBeforeALargerHeading() throws Exception {
        Document document = parse(lines(new Object[][] {
            {55f, "licensing", 240f, "1853"},
            {55f, "punishment", 240f, "1382"},
            {55f, "enforcement", 240f, "338"}}, "Next heading"));
        assertEquals(1, document.tables().size());
        Grid grid = document.tables().get(0).grid();
        assertEquals(3, grid.height());
        assertEquals(List.of("punishment", "1382"), List.of(grid.textAt(1, 0), grid.textAt(1, 1)));
    }

    private static float digitWidth() throws Exception {
        return font().getStringWidth("0") / 1000 * SIZE;
    }

    private static PDType1Font font() {
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    /**
     * One line per row, 16 points apart, each given as x, text, x, text…; then, if given, a heading in a
     * larger size right below.
     */
    private static byte[] lines(Object[][] rows, String heading) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (int r = 0; r < rows.length; r++) {
                    for (int i = 0; i < rows[r].length; i += 2) {
                        show(content, SIZE, (Float) rows[r][i], TOP - 16 * r, (String) rows[r][i + 1]);
                    }
                }
                if (heading != null) {
                    show(content, 14, 55, TOP - 16 * rows.length - 4, heading);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void show(PDPageContentStream content, float size, float x, float y, String text)
            throws Exception {
        content.beginText();
        content.setFont(font(), size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
