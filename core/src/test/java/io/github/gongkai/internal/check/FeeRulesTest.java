package io.github.gongkai.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.model.AnomalyCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeeRulesTest {
    private static final String ANCHOR = "组织业务培训";

    private static Findings findings(String inserted) {
        return SampleReport.findings(SampleReport.text().replace(ANCHOR, inserted + ANCHOR), FeeRules::check);
    }

    @Test
    void noFeeStatedOnceIsConsistent() {
        assertEquals(List.of(), findings("").anomalies());
    }

    @Test
    void aFeeChargedBesideNoFeeChargedIsFlaggedWhereTheFeeIsStated() {
        Findings findings = findings("全年收取信息处理费200元,");
        assertEquals(List.of(AnomalyCode.NARRATIVE_FEE_CONTRADICTION), SampleReport.codes(findings));
        assertEquals(1, findings.anomalies().get(0).location().section());
    }

    @Test
    void aFeeOfNothingIsNoContradiction() {
        assertEquals(List.of(), findings("全年收取信息处理费0元,").anomalies());
    }
}
