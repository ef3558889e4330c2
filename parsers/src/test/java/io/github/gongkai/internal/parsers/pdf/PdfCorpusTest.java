package io.github.gongkai.internal.parsers.pdf;

import static io.github.gongkai.internal.parsers.pdf.PdfFixtures.corpus;
import static io.github.gongkai.internal.parsers.pdf.PdfFixtures.lastValues;
import static io.github.gongkai.internal.parsers.pdf.PdfFixtures.parse;
import static io.github.gongkai.internal.parsers.pdf.PdfFixtures.rowsWith;
import static io.github.gongkai.internal.parsers.pdf.PdfFixtures.tableWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.gongkai.document.Document;
import io.github.gongkai.document.Grid;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.Paragraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Published reports (WPS exports with CID fonts), read where ../shared/corpus is present. */
@DisplayName("PdfCorpusTest (published reports: skipped where they are absent)")
class PdfCorpusTest {

    private static Document read(String name) throws Exception {
        Path file = corpus(name);
        assumeTrue(Files.isRegularFile(file), "skipped: needs a published report, which the repository does not hold: " + file);
        return parse(file);
    }

    @Test
    void huaianCity2024TableBIsOneTableAcrossThePageBreak() throws Exception {
        Document document = read("govnianbao/szfgs2024.pdf");
        Grid b = tableWith(document, "申请人情况").grid();
        assertEquals(28, b.height());
        assertEquals(10, b.width());
        assertEquals(List.of("3001", "53", "0", "0", "61", "4", "3119"),
                lastValues(b, rowsWith(b, "一、本年新收").get(0), 7));
        assertEquals(List.of("746", "12", "0", "0", "10", "1", "769"),
                lastValues(b, rowsWith(b, "1.本机关不掌握").get(0), 7));
        assertEquals(List.of("11", "0", "0", "0", "0", "0", "11"),
                lastValues(b, rowsWith(b, "2.没有现成信息").get(0), 7));
        assertEquals(List.of("2932", "53", "0", "0", "61", "4", "3050"),
                lastValues(b, rowsWith(b, "(七)总计").isEmpty() ? rowsWith(b, "（七）总计").get(0)
                        : rowsWith(b, "(七)总计").get(0), 7));
        assertEquals(List.of("103", "0", "0", "0", "0", "0", "103"), lastValues(b, 27, 7));
        assertEquals("三、本年度办理结果", b.at(5, 0).text());
        assertEquals(22, b.at(5, 0).rowSpan());
        assertEquals("（四）无法提供", b.at(rowsWith(b, "1.本机关不掌握").get(0), 1).text());
        int first = ((Origin.Region) b.at(3, 3).origin()).page();
        int last = ((Origin.Region) b.at(27, 3).origin()).page();
        assertNotEquals(first, last);
    }

    @Test
    void huaianCity2024LargeNumbersAndNoPageNumbers() throws Exception {
        Document document = read("govnianbao/szfgs2024.pdf");
        Grid a = tableWith(document, "行政处罚").grid();
        assertEquals("3985758", a.textAt(rowsWith(a, "行政处罚").get(0), 1));
        assertEquals("96171.6", a.textAt(rowsWith(a, "行政事业性收费").get(0), 1));
        for (var block : document.blocks()) {
            if (block instanceof Paragraph p) {
                assertFalse(p.text().matches("[-\\s]*\\d+[-\\s]*"), p.text());
            }
        }
    }

    @Test
    void hongzeDistrict2023TableBContinuesOnTheNextPage() throws Exception {
        Grid b = tableWith(read("KIROGOVCOMPARE/hzq2023_working.pdf"), "申请人情况").grid();
        assertEquals(26, b.height(), "three header rows and 23 rows: (六) is one row in this report");
        assertEquals(List.of("21", "0", "0", "0", "0", "0", "21"), lastValues(b, 3, 7));
        assertEquals(List.of("3", "0", "0", "0", "0", "0", "3"),
                lastValues(b, rowsWith(b, "2.没有现成信息").get(0), 7));
        assertEquals(List.of("21", "0", "0", "0", "0", "0", "21"),
                lastValues(b, rowsWith(b, "（七）总计").get(0), 7));
    }

    @Test
    void hongzeDistrict2024TableB() throws Exception {
        Grid b = tableWith(read("KIROGOVCOMPARE/hzq2024_working.pdf"), "申请人情况").grid();
        assertEquals(List.of("95", "0", "0", "0", "0", "0", "95"), lastValues(b, 3, 7));
        assertEquals(List.of("31", "0", "0", "0", "0", "0", "31"),
                lastValues(b, rowsWith(b, "1.本机关不掌握").get(0), 7));
    }
}
