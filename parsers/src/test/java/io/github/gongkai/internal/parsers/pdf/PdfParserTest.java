package io.github.gongkai.internal.parsers.pdf;

import static io.github.gongkai.internal.parsers.pdf.PdfFixtures.fixture;
import static io.github.gongkai.internal.parsers.pdf.PdfFixtures.lastValues;
import static io.github.gongkai.internal.parsers.pdf.PdfFixtures.parse;
import static io.github.gongkai.internal.parsers.pdf.PdfFixtures.rowsWith;
import static io.github.gongkai.internal.parsers.pdf.PdfFixtures.tableWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.Limits;
import io.github.gongkai.document.Block;
import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Grid;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.Paragraph;
import io.github.gongkai.document.PipeText;
import io.github.gongkai.document.Table;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.GongkaiException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PdfParserTest {
    private static final Pattern PAGE_NUMBER = Pattern.compile("[-\\s]*\\d+[-\\s]*|第\\d+页.*");

    /** The fixtures whose tables are fully ruled, so that they must come out exactly as generated. */
    static List<String> ruledFixtures() {
        return List.of("county-2023-lattice", "district-2022-table-b-across-pages",
                "city-bureau-2020-template-2019", "county-2019-template-2019", "street-2022-traditional",
                "town-2024-two-column-header", "city-2024-large-numbers", "county-2022-row-split",
                "county-2022-table-a-first-row-alone");
    }

    @ParameterizedTest
    @MethodSource("ruledFixtures")
    void ruledTablesComeOutCellForCellAsTheGeneratorWroteThem(String name) throws Exception {
        Document pdf = parse(fixture(name + ".pdf"));
        Document written = PipeText.read(Files.readString(fixture(name + ".txt"), StandardCharsets.UTF_8));
        assertEquals(written.tables().size(), pdf.tables().size(), "tables");
        for (int t = 0; t < written.tables().size(); t++) {
            Grid expected = written.tables().get(t).grid();
            Grid actual = pdf.tables().get(t).grid();
            assertEquals(expected.height(), actual.height(), "rows of table " + t);
            assertEquals(expected.width(), actual.width(), "columns of table " + t);
            for (int r = 0; r < expected.height(); r++) {
                for (int c = 0; c < expected.width(); c++) {
                    assertEquals(expected.textAt(r, c), actual.textAt(r, c).replace(" ", ""),
                            "table " + t + " at " + r + "," + c);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("ruledFixtures")
    void paragraphsComeOutAsTheGeneratorWroteThem(String name) throws Exception {
        Document written = PipeText.read(Files.readString(fixture(name + ".txt"), StandardCharsets.UTF_8));
        assertEquals(paragraphs(written), paragraphs(parse(fixture(name + ".pdf"))));
    }

    @Test
    void tableBHasTheTemplatesMergedCells() throws Exception {
        Grid b = tableWith(parse(fixture("county-2023-lattice.pdf")), "申请人情况").grid();
        assertEquals(28, b.height());
        assertEquals(10, b.width());
        Cell corner = b.at(0, 0);
        assertTrue(corner.text().startsWith("(本列数据的勾稽关系为"));
        assertEquals(3, corner.rowSpan());
        assertEquals(3, corner.colSpan());
        assertEquals(7, b.at(0, 3).colSpan());
        assertEquals(5, b.at(1, 4).colSpan());
        Cell results = b.at(5, 0);
        assertEquals("三、本年度办理结果", results.text());
        assertEquals(22, results.rowSpan());
        assertEquals(8, b.at(7, 1).rowSpan());
        assertEquals("(三)不予公开", b.at(7, 1).text());
    }

    @Test
    void theVerticalLabelWrittenOneCharacterPerLineIsOneCellText() throws Exception {
        Table b = tableWith(parse(fixture("district-2022-table-b-across-pages.pdf")), "申请人情况");
        Cell results = b.grid().at(5, 0);
        assertEquals("三、本年度办理结果", results.text());
        assertEquals(22, results.rowSpan());
    }

    @Test
    void aTableContinuedOnTheNextPageWithItsHeaderRepeatedIsOneTable() throws Exception {
        Document document = parse(fixture("district-2022-table-b-across-pages.pdf"));
        Table b = tableWith(document, "申请人情况");
        Grid grid = b.grid();
        assertEquals(28, grid.height(), "three header rows once, then 25 data rows");
        assertEquals(1, rowsWith(grid, "申请人情况").size());
        int first = ((Origin.Region) grid.at(3, 3).origin()).page();
        int last = ((Origin.Region) grid.at(27, 3).origin()).page();
        assertNotEquals(first, last, "the fixture's table B must cross a page break");
        assertEquals(List.of("382", "14", "0", "4", "8", "29", "437"), lastValues(grid, 27, 7));
        assertEquals(1, document.tables().stream().filter(t -> !rowsWith(t.grid(), "四、结转下年度").isEmpty()).count());
    }

    @Test
    void aRowCutByThePageBreakIsOneRow() throws Exception {
        Grid b = tableWith(parse(fixture("county-2022-row-split.pdf")), "申请人情况").grid();
        assertEquals(28, b.height());
        int row = rowsWith(b, "1.申请人无正当理由").get(0);
        assertEquals("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", b.textAt(row, 2));
        assertEquals("(六)其他处理", b.at(row, 1).text());
        assertEquals(3, b.at(row, 1).rowSpan());
        int first = ((Origin.Region) b.at(row, 2).origin()).page();
        int next = ((Origin.Region) b.at(row + 1, 2).origin()).page();
        assertEquals(first + 1, next, "the fixture must cut this row at a page break");
    }

    @Test
    void aTableWithoutVerticalLinesIsReadFromTheTextsAlignment() throws Exception {
        Document document = parse(fixture("town-2021-no-vertical-lines.pdf"));
        Table b = tableWith(document, "二、上年结转");
        Grid grid = b.grid();
        int row = rowsWith(grid, "二、上年结转").get(0);
        assertEquals(List.of("4", "2", "0", "0", "1", "1", "8"), lastValues(grid, row, 7));
        int total = rowsWith(grid, "(七)总计").get(0);
        assertEquals(List.of("53", "20", "0", "3", "16", "10", "102"), lastValues(grid, total, 7));
        assertEquals(1, rowsWith(grid, "申请人情况").size(), "the header lines above the first row belong to it");
        int first = ((Origin.Region) grid.at(rowsWith(grid, "一、本年新收").get(0), 2).origin()).page();
        int last = ((Origin.Region) grid.at(total, 2).origin()).page();
        assertNotEquals(first, last, "one table across the page break");
    }

    @Test
    void runningHeadersFootersAndPageNumbersAreNotParagraphs() throws Exception {
        for (String name : List.of("county-2023-lattice", "city-2024-large-numbers", "county-2019-template-2019")) {
            Document document = parse(fixture(name + ".pdf"));
            List<String> texts = paragraphs(document);
            for (String text : texts) {
                assertFalse(PAGE_NUMBER.matcher(text).matches(), name + ": " + text);
            }
            String title = texts.get(0);
            assertTrue(title.endsWith("年政府信息公开工作年度报告"), title);
            assertEquals(1, texts.stream().filter(title::equals).count(), "the running header repeats the title");
        }
    }

    @Test
    void linesOfOneParagraphJoinWithoutSpacesAndHeadingsStartParagraphs() throws Exception {
        List<String> texts = paragraphs(parse(fixture("county-2023-lattice.pdf")));
        assertTrue(texts.contains("一、总体情况"));
        assertTrue(texts.contains("(一)主动公开"));
        String application = texts.stream().filter(t -> t.startsWith("2023年\uff0c临川县人民政府共收到"))
                .findFirst().orElseThrow();
        assertTrue(application.contains("共收到政府信息公开申请891件"), application);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("2023年\uff0c临川县人民政府坚持以习近平")
                && t.endsWith("参与权和监督权。")), "a paragraph over several lines is one paragraph");
    }

    @Test
    void twoColumnsOfTextAreReadLeftColumnFirst() throws Exception {
        List<String> texts = paragraphs(parse(fixture("town-2024-two-column-header.pdf")));
        int office = indexStarting(texts, "发布机构");
        int index = indexStarting(texts, "索引号");
        int date = indexStarting(texts, "发布日期");
        int topic = indexStarting(texts, "主题分类");
        assertTrue(office < index && index < date && date < topic, texts.subList(0, 6).toString());
        assertEquals("发布机构\uff1a建德县白沙镇人民政府办公室", texts.get(office));
    }

    @Test
    void traditionalCharactersAreKeptAsWritten() throws Exception {
        Document document = parse(fixture("street-2022-traditional.pdf"));
        assertTrue(paragraphs(document).get(0).startsWith("南湖市城關區和平街道辦事處"));
        assertFalse(rowsWith(tableWith(document, "申請人情況").grid(), "一、本年新收政府信息公開申請數量").isEmpty());
    }

    @Test
    void everyBlockAndCellCarriesItsPageAndBox() throws Exception {
        Document document = parse(fixture("district-2022-table-b-across-pages.pdf"));
        for (Block block : document.blocks()) {
            assertBox(block.origin());
            if (block instanceof Table table) {
                table.rows().forEach(row -> row.forEach(cell -> assertBox(cell.origin())));
            }
        }
        assertEquals(3, document.metadata().pages());
        assertEquals("江宁市东湖区人民政府2022年政府信息公开工作年度报告", document.metadata().title());
    }

    @Test
    void aScanWithoutTextLayerIsRefused() {
        GongkaiException e = assertThrows(GongkaiException.class, () -> parse(fixture("county-2023-scan.pdf")));
        assertEquals(Reason.SCANNED, e.reason());
        assertTrue(e.getMessage().contains("county-2023-scan.pdf"));
        // Without the OCR module on the class path, the message says how to enable recognition.
        assertTrue(e.getMessage().contains("gongkai-ocr"), e.getMessage());
    }

    @Test
    void bytesThatAreNoPdfAreCorrupt() {
        GongkaiException e = assertThrows(GongkaiException.class,
                () -> parse("%PDF-1.7\nthis is not really a PDF".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Reason.CORRUPT, e.reason());
    }

    @Test
    void bytesOfAnotherFormatAreUnsupported() {
        GongkaiException e = assertThrows(GongkaiException.class,
                () -> parse("<html><body>一、总体情况</body></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Reason.UNSUPPORTED_FORMAT, e.reason());
    }

    @Test
    void aTruncatedPdfIsCorrupt() throws Exception {
        byte[] whole = Files.readAllBytes(fixture("county-2023-lattice.pdf"));
        byte[] head = Arrays.copyOf(whole, whole.length / 2);
        GongkaiException e = assertThrows(GongkaiException.class, () -> parse(head));
        assertEquals(Reason.CORRUPT, e.reason());
    }

    @Test
    void moreThanTheAllowedPagesIsTooLarge() {
        Limits limits = new Limits(Limits.DEFAULT.maxFileBytes(), 2, Limits.DEFAULT.maxTableCells(), 256);
        GongkaiException e = assertThrows(GongkaiException.class,
                () -> parse(fixture("county-2023-lattice.pdf"), limits));
        assertEquals(Reason.TOO_LARGE, e.reason());
    }

    @Test
    void aTableOverTheCellLimitIsTooLarge() {
        Limits limits = new Limits(Limits.DEFAULT.maxFileBytes(), 500, 200, 256);
        GongkaiException e = assertThrows(GongkaiException.class,
                () -> parse(fixture("county-2023-lattice.pdf"), limits));
        assertEquals(Reason.TOO_LARGE, e.reason());
    }

    private static void assertBox(Origin origin) {
        Origin.Region region = assertInstanceOf(Origin.Region.class, origin);
        assertTrue(region.page() >= 1 && region.page() <= 3, region.toString());
        assertTrue(region.x() >= 0 && region.y() >= 0 && region.width() >= 0 && region.height() >= 0,
                region.toString());
        assertTrue(region.x() + region.width() <= 600 && region.y() + region.height() <= 845, region.toString());
    }

    private static List<String> paragraphs(Document document) {
        return document.blocks().stream().filter(Paragraph.class::isInstance)
                .map(b -> ((Paragraph) b).text()).toList();
    }

    private static int indexStarting(List<String> texts, String prefix) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph starting with " + prefix + " in " + texts);
    }
}
