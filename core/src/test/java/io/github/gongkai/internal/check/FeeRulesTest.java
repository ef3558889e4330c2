package io.github.gongkai.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.model.AnomalyCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeeRulesTest {
    private static final String ANCHOR = "组织业务培训";

    private static Findings findings(String inserted) {
        return SampleReport.findings(SampleReport.text().replace(ANCHOR, inserted + ANCHOR), new FeeRules());
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

    @Test
    void honestFeeSentencesAreNoContradiction() {
        for (String honest : List.of("本年度未收取任何费用,", "依法不收取信息处理费,", "收取信息处理费的标准为每件100元,",
                "按件计收标准为每件100元,本年度未收取信息处理费,", "未发生收取信息处理费的情况,")) {
            assertEquals(List.of(), findings(honest).anomalies(), honest);
        }
    }

    @Test
    void aFeeChargedBesideNotChargingByLawIsFlagged() {
        Findings findings = SampleReport.findings(SampleReport.text().replace("未收取信息处理费", "依法不收取信息处理费")
                .replace(ANCHOR, "全年收取信息处理费200元," + ANCHOR), new FeeRules());
        assertEquals(List.of(AnomalyCode.NARRATIVE_FEE_CONTRADICTION), SampleReport.codes(findings));
    }

    @Test
    void theRulesThresholdIsNotAStatementThatNoFeeWasCharged() {
        String text = SampleReport.text().replace("2022年我县未收取信息处理费",
                "申请数量较少的不收取信息处理费,2022年我县收取信息处理费200元");
        assertEquals(List.of(), SampleReport.findings(text, new FeeRules()).anomalies());
    }
}
