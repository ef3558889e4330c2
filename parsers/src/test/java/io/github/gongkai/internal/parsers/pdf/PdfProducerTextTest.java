package io.github.gongkai.internal.parsers.pdf;

import static io.github.gongkai.internal.parsers.pdf.PdfFixtures.fixture;
import static io.github.gongkai.internal.parsers.pdf.PdfFixtures.parse;
import static io.github.gongkai.internal.parsers.pdf.PdfFixtures.rowsWith;
import static io.github.gongkai.internal.parsers.pdf.PdfFixtures.tableWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.document.Grid;
import io.github.gongkai.document.PipeText;
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

/** What other producers do to text: fake bold, hidden text, labels of lineless tables (see testdata/pdf). */
class PdfProducerTextTest {

    @Test
    void fakeBoldReadsOnce() throws Exception {
        String text = PipeText.write(parse(fixture("county-2022-fake-bold.pdf")));
        assertFalse(text.contains("总总计计"), text);
        assertFalse(text.contains("一一、"), text);
    }

    @Test
    void textDrawnAgainInWhiteBesideThePageOrClippedAwayIsNotRead() throws Exception {
        String text = PipeText.write(parse(fixture("county-2023-hidden-text.pdf")));
        assertEquals(text.indexOf("一、总体情况"), text.lastIndexOf("一、总体情况"), text);
        assertEquals(1, text.split("（七）总计|\\(七\\)总计", -1).length - 1, text);
    }

    @Test
    void whiteTextOnADarkFillIsRead() throws Exception {
        assertEquals("visible", PipeText.write(parse(page(true, false))).strip());
        assertEquals("", PipeText.write(parse(page(false, false))).replace("visible", "").strip());
        assertFalse(PipeText.write(parse(page(false, false))).contains("white"));
        assertFalse(PipeText.write(parse(page(false, true))).contains("clipped"));
    }

    @Test
    void groupLabelsOfALinelessTableStayInTheirOwnColumn() throws Exception {
        Grid grid = tableWith(parse(fixture("district-2023-no-ruling-lines.pdf")), "4.保护").grid();
        int row = rowsWith(grid, "4.保护").get(0);
        int item = column(grid, row, "4.保护");
        assertEquals("(三)不", grid.textAt(row, item - 1));
        assertEquals("4.保护第三方合法权益", grid.textAt(row, item));
    }

    @Test
    void wrappedHeaderWordsOfNarrowColumnsAreCellsOfTheirOwn() throws Exception {
        Grid c = tableWith(parse(fixture("district-2023-no-ruling-lines.pdf")), "结果维持").grid();
        int row = rowsWith(c, "结果维持").get(0);
        int first = column(c, row, "结果维持");
        assertEquals(List.of("结果维持", "结果纠正", "其他结果", "尚未审结"),
                List.of(c.textAt(row, first), c.textAt(row, first + 1), c.textAt(row, first + 2),
                        c.textAt(row, first + 3)));
        Grid b = tableWith(parse(fixture("district-2023-no-ruling-lines.pdf")), "科研机构").grid();
        int header = rowsWith(b, "科研机构").get(0);
        assertEquals("社会公益组织", b.textAt(header, column(b, header, "科研机构") + 1));
    }

    private static int column(Grid grid, int row, String start) {
        for (int c = 0; c < grid.width(); c++) {
            if (grid.textAt(row, c).startsWith(start)) {
                return c;
            }
        }
        throw new AssertionError("no " + start + " in row " + row);
    }

    /**
     * A page with "visible" in white on a dark rectangle (or, without the rectangle, black), "white" in
     * white on nothing, and, if asked, "clipped" drawn inside an empty clip.
     */
    private static byte[] page(boolean darkFill, boolean clipped) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                if (darkFill) {
                    content.setNonStrokingColor(Color.DARK_GRAY);
                    content.addRect(50, 690, 200, 30);
                    content.fill();
                }
                content.setNonStrokingColor(darkFill ? Color.WHITE : Color.BLACK);
                show(content, font, 60, 700, "visible");
                content.setNonStrokingColor(Color.WHITE);
                show(content, font, 60, 600, "white");
                if (clipped) {
                    content.saveGraphicsState();
                    content.addRect(0, 0, 0, 0);
                    content.clip();
                    content.setNonStrokingColor(Color.BLACK);
                    show(content, font, 60, 500, "clipped");
                    content.restoreGraphicsState();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void show(PDPageContentStream content, PDType1Font font, float x, float y, String text)
            throws Exception {
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
