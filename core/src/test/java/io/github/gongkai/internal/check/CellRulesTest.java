package io.github.gongkai.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellRulesTest {
    private static final String RECEIVED = "一、本年新收政府信息公开申请数量 | 80 |";

    private static List<AnomalyCode> applications(String cell) {
        return SampleReport.codes(SampleReport.findings(SampleReport.text().replace(RECEIVED,
                "一、本年新收政府信息公开申请数量 | " + cell + " |"), CellRules.APPLICATIONS));
    }

    @Test
    void theCleanReportsCellsAreSilent() {
        for (Rule rule : List.of(CellRules.ACTIVE_DISCLOSURE, CellRules.APPLICATIONS, CellRules.REVIEW_LITIGATION)) {
            assertEquals(List.of(), SampleReport.findings(SampleReport.text(), rule).anomalies());
        }
    }

    @Test
    void aNegativeCountIsFlaggedAtItsCell() {
        Findings findings = SampleReport.findings(SampleReport.text().replace(RECEIVED,
                "一、本年新收政府信息公开申请数量 | -80 |"), CellRules.APPLICATIONS);
        assertEquals(List.of(AnomalyCode.NEGATIVE_COUNT), SampleReport.codes(findings));
        Location location = findings.anomalies().get(0).location();
        assertEquals(List.of(3, "applications", "newlyReceived", "naturalPerson"),
                List.of(location.section(), location.table(), location.row(), location.column()));
    }

    @Test
    void aFractionalCountIsFlagged() {
        assertEquals(List.of(AnomalyCode.FRACTIONAL_COUNT), applications("80.5"));
    }

    @Test
    void textInANumberCellIsUnreadable() {
        assertEquals(List.of(AnomalyCode.UNREADABLE_CELL), applications("见附件"));
    }

    @Test
    void aPlaceholderInANumberCellIsFlaggedAsOne() {
        assertEquals(List.of(AnomalyCode.PLACEHOLDER), applications("XX"));
    }

    @Test
    void aDashIsNotReported() {
        assertEquals(List.of(AnomalyCode.NOT_REPORTED), applications("/"));
    }

    @Test
    void tableAsCountsAreWholeButItsMoneyMayBeFractional() {
        Findings findings = SampleReport.findings(SampleReport.text().replace("规章 | 2 |", "规章 | 2.5 |"),
                CellRules.ACTIVE_DISCLOSURE);
        assertEquals(List.of(AnomalyCode.FRACTIONAL_COUNT), SampleReport.codes(findings));
        assertEquals("activeDisclosure", findings.anomalies().get(0).location().table());
    }

    @Test
    void tableCsCellsAreCounts() {
        Findings findings = SampleReport.findings(SampleReport.text().replace("5 | 0 | 0 | 0 | 5 | 1 |",
                "5 | -1 | 0 | 0 | 5 | 1 |"), CellRules.REVIEW_LITIGATION);
        assertEquals(List.of(AnomalyCode.NEGATIVE_COUNT), SampleReport.codes(findings));
        assertEquals(4, findings.anomalies().get(0).location().section());
    }
}
