package io.github.gongkai.internal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.document.Block;
import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.PipeText;
import io.github.gongkai.document.Table;
import io.github.gongkai.internal.pipeline.Pipeline;
import io.github.gongkai.model.ActiveItem;
import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.Measure;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.Source;
import io.github.gongkai.model.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rows whose label the recogniser misread or could not read at all are placed by the rows around them, in
 * recognised tables only; a text table with the same labels is read as before.
 */
class RecognizedLabelsTest {
    private static final Source SOURCE = new Source("scan.pdf", Format.PDF, "", 0);
    private static final String HEADER_B = TableBText.HEADER;
    private static final String[] ROWS_B = TableBText.ROWS;

    /** Table B with row {@code index} labelled {@code label} and holding 6 and 6; the others hold 1 and 1. */
    private static String tableB(int index, String label) {
        StringBuilder text = new StringBuilder(HEADER_B);
        for (int i = 0; i < ROWS_B.length; i++) {
            boolean odd = i == index;
            text.append(odd ? label : ROWS_B[i]).append(" | ")
                    .append(odd ? "6 | 0 | 0 | 0 | 0 | 0 | 6 |" : "1 | 0 | 0 | 0 | 0 | 0 | 1 |").append('\n');
        }
        return text.toString();
    }

    /** The document as text recognition would hand it over: every cell read has a recognised origin. */
    private static Document recognized(Document document) {
        List<Block> blocks = document.blocks().stream().map(block -> block instanceof Table table
                ? new Table(table.rows().stream().map(row -> row.stream().map(RecognizedLabelsTest::recognized)
                        .toList()).toList(), table.origin())
                : block).toList();
        return new Document(blocks, document.metadata());
    }

    private static Cell recognized(Cell cell) {
        Origin.Region region = new Origin.Region(1, 0, 0, 10, 10);
        Origin origin = cell.isBlank() ? region : new Origin.Recognized(region, 0.9, List.of());
        return new Cell(cell.text(), cell.rowSpan(), cell.colSpan(), origin);
    }

    private static Optional<BigDecimal> read(String text, boolean scanned, RowKey row) throws GongkaiException {
        Document document = PipeText.read(text);
        Report report = Pipeline.run(scanned ? recognized(document) : document, SOURCE);
        Value value = report.applications().orElseThrow().get(row, Applicant.TOTAL);
        return value.number();
    }

    @Test
    void aRecognisedRowWithoutALabelTakesThePlaceBetweenItsNeighbours() throws GongkaiException {
        String text = tableB(6, "");
        assertEquals(Optional.of(new BigDecimal(6)), read(text, true, RowKey.DENIED_THREE_SECURITIES));
        assertEquals(Optional.empty(), read(text, false, RowKey.DENIED_THREE_SECURITIES), "text as before");
    }

    @Test
    void aRecognisedLabelMisreadAsARowAlreadyFoundIsPlacedByItsNeighbours() throws GongkaiException {
        // (三)不予公开 read as 伍j不予公开, nearer 予以公开 than any other row, its sub-row's label lost.
        String text = tableB(4, "伍j不予公开 | ");
        assertEquals(Optional.of(new BigDecimal(6)), read(text, true, RowKey.DENIED_STATE_SECRET));
        assertEquals(Optional.of(BigDecimal.ONE), read(text, true, RowKey.GRANTED));
        assertEquals(Optional.empty(), read(text, false, RowKey.DENIED_STATE_SECRET), "text as before");
    }

    @Test
    void aRecognisedRowOfTableAWithoutALabelTakesTheItemBetweenItsNeighbours() throws GongkaiException {
        String text = "二、主动公开政府信息情况\n第二十条第(一)项 |\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
                + "规章 | 1 | 0 | 2 |\n | 15 | 4 | 83 |\n"
                + "第二十条第(五)项 |\n信息内容 | 本年处理决定数量 |\n行政许可 | 3410 |\n" + tableB(-1, "");
        for (boolean scanned : new boolean[] {true, false}) {
            Document document = PipeText.read(text);
            Report report = Pipeline.run(scanned ? recognized(document) : document, SOURCE);
            Value value = report.activeDisclosure().orElseThrow().get(ActiveItem.NORMATIVE_DOCUMENTS, Measure.IN_FORCE);
            assertEquals(scanned ? Optional.of(new BigDecimal(83)) : Optional.empty(), value.number(),
                    scanned ? "scanned" : "text as before");
        }
    }
}
