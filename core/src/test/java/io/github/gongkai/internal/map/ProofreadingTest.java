package io.github.gongkai.internal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.document.Block;
import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.PipeText;
import io.github.gongkai.document.Table;
import io.github.gongkai.internal.pipeline.Pipeline;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.CaseGroup;
import io.github.gongkai.model.CaseOutcome;
import io.github.gongkai.model.Figures;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.Source;
import io.github.gongkai.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A table recognised from a scan is proof-read by the identities: a misread digit whose other recognised reading
 * alone makes every identity hold is corrected; where two readings would, nothing is, and the failed identity
 * says the values were recognised.
 */
class ProofreadingTest {
    private static final Source SOURCE = new Source("scan.pdf", Format.PDF, "", 1);
    private static final String HEADER = "四、政府信息公开行政复议、行政诉讼情况\n"
            + "行政复议 | 行政诉讼 |\n"
            + "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |\n"
            + "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n";
    /** 行政复议 printed 1 2 0 1 4, its 2 read as 7; the other groups read right. */
    private static final String VALUES = "1 | 7 | 0 | 1 | 4 | 3 | 0 | 0 | 2 | 5 | 0 | 1 | 0 | 0 | 1 |\n";

    /**
     * Table C as a recogniser would hand it over: every cell recognised, with the other readings given for
     * some cells' text.
     */
    private static Report recognised(String rows, Map<String, List<String>> alternatives) throws GongkaiException {
        List<Block> blocks = new ArrayList<>();
        for (Block block : PipeText.read(HEADER + rows).blocks()) {
            if (block instanceof Table table) {
                List<List<Cell>> cells = new ArrayList<>();
                for (int r = 0; r < table.rows().size(); r++) {
                    List<Cell> row = new ArrayList<>();
                    for (int c = 0; c < table.rows().get(r).size(); c++) {
                        Cell cell = table.rows().get(r).get(c);
                        row.add(new Cell(cell.text(), cell.rowSpan(), cell.colSpan(), new Origin.Recognized(
                                new Origin.Region(1, 40 * c, 20 * r, 40, 20), 0.6,
                                alternatives.getOrDefault(cell.text(), List.of()))));
                    }
                    cells.add(row);
                }
                block = new Table(cells, table.origin());
            }
            blocks.add(block);
        }
        return Pipeline.run(Document.of(blocks), SOURCE);
    }

    private static List<Anomaly> anomalies(Report report, AnomalyCode code) {
        return report.anomalies().stream().filter(anomaly -> anomaly.code() == code).toList();
    }

    @Test
    void aMisreadDigitWhoseOtherReadingAloneAddsUpIsCorrectedAndSaysSo() throws GongkaiException {
        // 1 + 7 + 0 + 1 is not 4; the recogniser also saw a 2 and a 1 where it read the 7.
        Report report = recognised(VALUES, Map.of("7", List.of("2", "1")));

        Figures<CaseGroup, CaseOutcome> c = report.reviewLitigation().orElseThrow();
        Value corrected = c.get(CaseGroup.REVIEW, CaseOutcome.CORRECTED);
        assertEquals(new BigDecimal(2), corrected.number().orElseThrow());
        assertEquals(Value.Reading.PROOFREAD, corrected.reading());
        assertEquals("7", corrected.raw(), "the first reading is kept");
        assertEquals(Value.Reading.OCR, c.get(CaseGroup.REVIEW, CaseOutcome.UPHELD).reading());
        assertEquals(List.of(), anomalies(report, AnomalyCode.REVIEW_LITIGATION_TOTAL));
    }

    @Test
    void aDigitReadAsACharacterIsReadAsTheOneNumberTheRecogniserAlsoSawThatAddsUp() throws GongkaiException {
        // The 2 read as 二 (no number, so the identity cannot be assessed); the digits-only reading saw 2 or 7.
        Report report = recognised(VALUES.replace("7", "二"), Map.of("二", List.of("7", "2")));

        Value read = report.reviewLitigation().orElseThrow().get(CaseGroup.REVIEW, CaseOutcome.CORRECTED);
        assertEquals(new BigDecimal(2), read.number().orElseThrow());
        assertEquals(Value.Reading.PROOFREAD, read.reading());
        assertEquals(List.of(), anomalies(report, AnomalyCode.UNREADABLE_CELL));
    }

    @Test
    void twoReadingsThatBothAddUpCorrectNothingAndTheFailedIdentitySaysTheValuesWereRecognised()
            throws GongkaiException {
        // 2 for the 7 adds up, and so does 9 for the total 4: the image does not say which was misread.
        Report report = recognised(VALUES, Map.of("7", List.of("2"), "4", List.of("9")));

        Figures<CaseGroup, CaseOutcome> c = report.reviewLitigation().orElseThrow();
        assertEquals(new BigDecimal(7), c.get(CaseGroup.REVIEW, CaseOutcome.CORRECTED).number().orElseThrow());
        assertEquals(new BigDecimal(4), c.get(CaseGroup.REVIEW, CaseOutcome.TOTAL).number().orElseThrow());
        assertEquals(Value.Reading.OCR, c.get(CaseGroup.REVIEW, CaseOutcome.CORRECTED).reading());
        List<Anomaly> failed = anomalies(report, AnomalyCode.REVIEW_LITIGATION_TOTAL);
        assertEquals(1, failed.size(), failed.toString());
        assertTrue(failed.get(0).message().english().contains("recognised from a scanned image"),
                failed.get(0).message().english());
    }

    @Test
    void aRecognisedCountGroupedInThreesByPeriodsIsGroupedByThousands() throws GongkaiException {
        // 行政复议 printed 1 1,230 0 3 1,234, its commas read as periods: no count has a fraction.
        Report report = recognised(VALUES.replace("1 | 7 | 0 | 1 | 4 |", "1 | 1.230 | 0 | 3 | 1.234 |"), Map.of());

        Figures<CaseGroup, CaseOutcome> c = report.reviewLitigation().orElseThrow();
        assertEquals(new BigDecimal(1230), c.get(CaseGroup.REVIEW, CaseOutcome.CORRECTED).number().orElseThrow());
        assertEquals(new BigDecimal(1234), c.get(CaseGroup.REVIEW, CaseOutcome.TOTAL).number().orElseThrow());
        assertEquals(List.of(), anomalies(report, AnomalyCode.REVIEW_LITIGATION_TOTAL));
    }

    @Test
    void anAlternativeGroupedInThreesByPeriodsIsACount() throws GongkaiException {
        // 1,230 read as 1,280; the recogniser also saw 1.230, which adds up as 1230.
        Report report = recognised(VALUES.replace("1 | 7 | 0 | 1 | 4 |", "1 | 1,280 | 0 | 3 | 1,234 |"),
                Map.of("1,280", List.of("1.230")));

        Value corrected = report.reviewLitigation().orElseThrow().get(CaseGroup.REVIEW, CaseOutcome.CORRECTED);
        assertEquals(new BigDecimal(1230), corrected.number().orElseThrow());
        assertEquals(Value.Reading.PROOFREAD, corrected.reading());
    }

    @Test
    void aReadingThatAddsUpButIsNotOneTheRecogniserProducedIsNeverMade() throws GongkaiException {
        // The 7 should be 2, but the recogniser saw only 1 besides: no reading adds up, so none is changed.
        Report report = recognised(VALUES, Map.of("7", List.of("1")));

        Value read = report.reviewLitigation().orElseThrow().get(CaseGroup.REVIEW, CaseOutcome.CORRECTED);
        assertEquals(new BigDecimal(7), read.number().orElseThrow());
        assertEquals(1, anomalies(report, AnomalyCode.REVIEW_LITIGATION_TOTAL).size());
    }
}
