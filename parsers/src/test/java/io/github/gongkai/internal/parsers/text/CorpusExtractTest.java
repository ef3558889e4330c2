package io.github.gongkai.internal.parsers.text;

import static io.github.gongkai.internal.parsers.text.TextFixtures.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Text a PDF extractor produced for a real report: rows as a label then figures separated by spaces. */
@DisplayName("CorpusExtractTest (a published report: skipped where it is absent)")
class CorpusExtractTest {
    private static final Path EXTRACT =
            TextFixtures.TESTDATA.resolve("../../shared/corpus/govnianbao/section3_raw_text.txt").normalize();

    @Test
    void figuresAfterALabelAreThatRowsValuesAndPageNumbersAreDropped() throws Exception {
        assumeTrue(Files.exists(EXTRACT), "skipped: needs a published report, which the repository does not hold: " + EXTRACT);

        Document document = TextFixtures.parse(EXTRACT);
        Table b = TextFixtures.tableWithRow(document, "一、本年新收");

        assertEquals(List.of("一、本年新收政府信息公开申请数量", "3001", "53", "0", "0", "61", "4", "3119"), texts(b, "一、本年新收"));
        assertEquals(List.of("（一）予以公开", "1288", "21", "0", "0", "50", "3", "1362"), texts(b, "(一)予以公开"));
        assertEquals(List.of("（二）部分公开（区分处理的，只计这一情", "形，不计其他情形）", "447", "7", "0", "0", "0", "0", "454"),
                texts(b, "(二)部分公开"));
        assertEquals(List.of("行政处罚", "3985758"), texts(TextFixtures.tableWithRow(document, "行政处罚"), "行政处罚"));
        assertEquals(0, document.tables().stream().flatMap(t -> t.rows().stream()).flatMap(List::stream)
                .filter(c -> c.text().equals("-")).count(), "the page number - 4 - is no cell");
    }

    private static List<String> texts(Table table, String label) {
        return table.rows().stream().filter(r -> !r.isEmpty() && plain(r.get(0).text()).startsWith(label))
                .findFirst().orElseThrow().stream().map(Cell::text).toList();
    }
}
