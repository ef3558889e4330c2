package io.github.gongkai.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.RowKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutRulesTest {

    private static Findings findings(List<String> added, List<RowKey> order) {
        return SampleReport.findings(SampleReport.report(SampleReport.text(), ""), new Observations(false, added, order),
                new LayoutRules());
    }

    @Test
    void rowsInTemplateOrderAndNoneAddedAreSilent() {
        assertEquals(List.of(), findings(List.of(), List.of(RowKey.values())).anomalies());
    }

    @Test
    void eachAddedRowIsFlaggedWithItsLabel() {
        Findings findings = findings(List.of("不予公开小计", "无法提供小计"), List.of());
        assertEquals(List.of(AnomalyCode.TEMPLATE_ROW_ADDED, AnomalyCode.TEMPLATE_ROW_ADDED), SampleReport.codes(findings));
        assertEquals("不予公开小计", findings.anomalies().get(0).quote());
    }

    @Test
    void rowsOutOfOrderAreFlaggedOnceAtTheFirstMisplacedRow() {
        Findings findings = findings(List.of(), List.of(RowKey.NEWLY_RECEIVED, RowKey.GRANTED, RowKey.CARRIED_OVER,
                RowKey.DENIED_THIRD_PARTY, RowKey.DENIED_STATE_SECRET));
        assertEquals(List.of(AnomalyCode.TEMPLATE_ROW_ORDER), SampleReport.codes(findings));
        assertEquals(RowKey.CARRIED_OVER.key(), findings.anomalies().get(0).location().row());
    }
}
