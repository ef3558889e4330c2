package io.github.gongkai.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewLitigationRulesTest {

    @Test
    void theCleanReportsTotalsHold() {
        assertEquals(List.of(), SampleReport.findings(SampleReport.text(), new ReviewLitigationRules()).anomalies());
    }

    @Test
    void aGroupWhoseTotalIsNotTheSumOfItsOutcomesIsFlaggedAtTheTotal() {
        Findings findings = SampleReport.findings(SampleReport.text().replace("5 | 0 | 0 | 0 | 5 | 1 |",
                "5 | 0 | 0 | 0 | 6 | 1 |"), new ReviewLitigationRules());
        assertEquals(List.of(AnomalyCode.REVIEW_LITIGATION_TOTAL), SampleReport.codes(findings));
        Location location = findings.anomalies().get(0).location();
        assertEquals(List.of(4, "reviewLitigation", "review", "total"),
                List.of(location.section(), location.table(), location.row(), location.column()));
    }
}
