package io.github.gongkai.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Check;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutcomeClaimRulesTest {
    private static final int RECEIVED = SampleReport.number("applications", "newlyReceived", "total");
    private static final String REQUEST = "共收到政府信息公开申请" + RECEIVED + "件";
    private static final int GRANTED = SampleReport.number("applications", "granted", "total");
    private static final int PARTIAL = SampleReport.number("applications", "partiallyGranted", "total");

    private static Findings findings(String sentence) {
        return SampleReport.findings(SampleReport.text().replace(REQUEST, REQUEST + "," + sentence),
                new OutcomeClaimRules());
    }

    private static int denied() {
        int sum = 0;
        for (String row : List.of("deniedStateSecret", "deniedProhibitedByLaw", "deniedThreeSecurities",
                "deniedThirdParty", "deniedInternalAffairs", "deniedProcessInformation", "deniedEnforcementFiles",
                "deniedQueryMatters")) {
            sum += SampleReport.number("applications", row, "total");
        }
        return sum;
    }

    @ParameterizedTest
    @ValueSource(strings = {"其中予以公开及部分公开%d件", "予以公开和部分公开共%d件", "全部或部分公开%d件", "予以公开(含部分公开)%d件",
        "办结后予以公开或部分公开的申请合计%d件,均已答复"})
    void aCombinedCountAgreeingWithTheRowsItNamesPasses(String phrase) {
        Findings findings = findings(String.format(phrase, GRANTED + PARTIAL));
        assertEquals(List.of(), findings.anomalies());
        assertTrue(findings.checks().stream().anyMatch(check -> check.id().equals("narrative.outcomes.1")
                && check.outcome() == Check.Outcome.PASS), findings.checks()::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"其中予以公开及部分公开%d件", "予以公开和部分公开共%d件", "全部或部分公开%d件", "予以公开(含部分公开)%d件"})
    void aCombinedCountOtherThanTheSumOfItsRowsIsFlagged(String phrase) {
        Findings findings = findings(String.format(phrase, GRANTED + PARTIAL - 17));
        assertEquals(List.of(AnomalyCode.NARRATIVE_TABLE_MISMATCH), SampleReport.codes(findings));
        Anomaly anomaly = findings.anomalies().get(0);
        assertEquals(BigDecimal.valueOf(GRANTED + PARTIAL), anomaly.expected().orElseThrow());
        assertEquals(BigDecimal.valueOf(GRANTED + PARTIAL - 17), anomaly.actual().orElseThrow());
        assertEquals("applications", anomaly.location().table());
        assertEquals("total", anomaly.location().column());
    }

    @Test
    void aGroupCountsWithAllItsSubRows() {
        assertEquals(List.of(), findings("予以公开及不予公开共" + (GRANTED + denied()) + "件").anomalies());
        assertEquals(List.of(AnomalyCode.NARRATIVE_TABLE_MISMATCH),
                SampleReport.codes(findings("予以公开及不予公开共" + (GRANTED + denied() + 1) + "件")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"予以公开%d件", "县自然资源局予以公开及部分公开%d件", "比上年予以公开及部分公开多%d件",
        "2021年予以公开及部分公开%d件", "两个部门分别予以公开及部分公开%d件"})
    void singleOutcomesAndCountsOfOthersAreNotCompared(String phrase) {
        assertEquals(List.of(), findings(String.format(phrase, GRANTED + PARTIAL + 3)).anomalies(), phrase);
    }
}
