package io.github.gongkai.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Check;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every cell of table B stands in a row identity and a column identity, so each break below changes two cells
 * that keep all but one kind of identity holding.
 */
class ApplicationsRulesTest {
    private static final String RECEIVED = "一、本年新收政府信息公开申请数量 | 80 | 17 | 4 | 2 | 3 | 7 | 113 |";
    private static final String CARRIED_OVER = "二、上年结转政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |";
    private static final String PROCESSED = "(七)总计 | 80 | 18 | 3 | 2 | 2 | 6 | 111 |";
    private static final String CARRIED_FORWARD = "四、结转下年度继续办理 | 3 | 0 | 1 | 0 | 1 | 1 | 6 |";

    private static Findings findings(String text) {
        return SampleReport.findings(text, new ApplicationsRules());
    }

    @Test
    void theCleanReportsIdentitiesAllHold() {
        Findings findings = findings(SampleReport.text());
        assertEquals(List.of(), findings.anomalies());
        assertEquals(List.of(Check.Outcome.PASS), findings.checks().stream().map(Check::outcome).distinct().toList());
    }

    @Test
    void aRowWhoseTotalIsNotTheSumOfItsApplicantsIsFlagged() {
        Findings findings = findings(SampleReport.text()
                .replace(RECEIVED, RECEIVED.replace("| 113 |", "| 114 |"))
                .replace(CARRIED_OVER, CARRIED_OVER.replace("| 4 |", "| 3 |")));
        assertEquals(List.of(AnomalyCode.APPLICATIONS_ROW_TOTAL, AnomalyCode.APPLICATIONS_ROW_TOTAL),
                SampleReport.codes(findings));
        assertEquals("newlyReceived", findings.anomalies().get(0).location().row());
    }

    @Test
    void aColumnWhoseTotalIsNotTheSumOfItsOutcomesIsFlagged() {
        Findings findings = findings(SampleReport.text()
                .replace(PROCESSED, "(七)总计 | 81 | 18 | 3 | 2 | 2 | 6 | 112 |")
                .replace(CARRIED_FORWARD, "四、结转下年度继续办理 | 2 | 0 | 1 | 0 | 1 | 1 | 5 |"));
        assertEquals(List.of(AnomalyCode.APPLICATIONS_COLUMN_TOTAL, AnomalyCode.APPLICATIONS_COLUMN_TOTAL),
                SampleReport.codes(findings));
        assertEquals("naturalPerson", findings.anomalies().get(0).location().column());
    }

    @Test
    void receivedAndCarriedOverThatDifferFromProcessedAndCarriedForwardAreFlagged() {
        Findings findings = findings(SampleReport.text()
                .replace(CARRIED_FORWARD, "四、结转下年度继续办理 | 4 | 0 | 1 | 0 | 1 | 1 | 7 |"));
        assertEquals(List.of(AnomalyCode.APPLICATIONS_BALANCE, AnomalyCode.APPLICATIONS_BALANCE),
                SampleReport.codes(findings));
        assertEquals("carriedForward", findings.anomalies().get(0).location().row());
    }
}
