package io.github.gongkai.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.model.ActiveItem;
import io.github.gongkai.model.AnomalyCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitRulesTest {
    private static final String IN_YUAN = SampleReport.text().replace("行政事业性收费 | 826.09 |", "行政事业性收费 | 8260900元 |");

    @Test
    void moneyInTheColumnsUnitIsSilent() {
        assertEquals(List.of(), SampleReport.findings(SampleReport.text(), new UnitRules()).anomalies());
    }

    @Test
    void moneyWrittenInAnotherUnitThanTheColumnsIsFlagged() {
        Findings findings = SampleReport.findings(IN_YUAN, new UnitRules());
        assertEquals(List.of(AnomalyCode.UNIT_DIFFERS), SampleReport.codes(findings));
        assertEquals("fees", findings.anomalies().get(0).location().row());
    }

    @Test
    void aUnitTheHeaderDeclaresIsTheColumnsUnit() {
        Observations declared = new Observations(false, List.of(), List.of(), Map.of(ActiveItem.FEES, "元"), List.of());
        assertEquals(List.of(), SampleReport.findings(SampleReport.report(IN_YUAN, ""), declared, new UnitRules())
                .anomalies());
    }
}
