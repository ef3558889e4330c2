package io.github.gongkai.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Check;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeRulesTest {
    private static final int RECEIVED = SampleReport.number("applications", "newlyReceived", "total");
    private static final String REQUEST = "共收到政府信息公开申请" + RECEIVED + "件";

    private static Findings findings(String text) {
        return SampleReport.findings(text, new NarrativeRules());
    }

    @Test
    void aCleanReportsStatedCountAgreesWithTableB() {
        Findings findings = findings(SampleReport.text());
        assertEquals(List.of(), findings.anomalies());
        assertTrue(findings.checks().stream().anyMatch(check -> check.id().equals("narrative.received.1")
                && check.outcome() == Check.Outcome.PASS));
    }

    @Test
    void aCountWhoseNumberACopyDroppedIsPassedOver() {
        Findings findings = findings(SampleReport.text().replace(REQUEST, "共收到政府信息公开申请件"));
        assertEquals(List.of(), findings.anomalies());
    }

    @Test
    void aReceivedCountOtherThanTableBsIsFlaggedWithItsSentence() {
        Findings findings = findings(SampleReport.text().replace(REQUEST, "共收到政府信息公开申请" + (RECEIVED + 5) + "件"));
        assertEquals(1, findings.anomalies().size());
        Anomaly anomaly = findings.anomalies().get(0);
        assertEquals(AnomalyCode.NARRATIVE_TABLE_MISMATCH, anomaly.code());
        assertEquals("newlyReceived", anomaly.location().row());
        assertEquals(BigDecimal.valueOf(RECEIVED), anomaly.expected().orElseThrow());
        assertEquals(BigDecimal.valueOf(RECEIVED + 5), anomaly.actual().orElseThrow());
        assertTrue(anomaly.quote().contains("共收到政府信息公开申请" + (RECEIVED + 5) + "件"), anomaly.quote());
    }

    @Test
    void aShareOfTheApplicationsIsNotTakenForTheirTotal() {
        for (String share : List.of("县政府办代表县政府受理政府信息公开申请5件", REQUEST + ",其中受理政府信息公开申请5件",
                REQUEST + ",两个部门分别受理申请3件和2件")) {
            Findings findings = findings(SampleReport.text().replace(REQUEST, share));
            assertEquals(List.of(), findings.anomalies(), share);
        }
    }

    @Test
    void noneReceivedAgainstANonZeroTableIsFlagged() {
        Findings findings = findings(SampleReport.text().replace(REQUEST, "未收到政府信息公开申请"));
        assertEquals(List.of(AnomalyCode.NARRATIVE_TABLE_MISMATCH), SampleReport.codes(findings));
        assertEquals(BigDecimal.ZERO, findings.anomalies().get(0).actual().orElseThrow());
    }

    @Test
    void chineseNumeralsAreRead() {
        int processed = SampleReport.number("applications", "totalProcessed", "total");
        Findings findings = findings(SampleReport.text().replace(REQUEST, REQUEST + ",办结两件"));
        assertEquals(List.of(AnomalyCode.NARRATIVE_TABLE_MISMATCH), SampleReport.codes(findings));
        assertEquals(BigDecimal.valueOf(processed), findings.anomalies().get(0).expected().orElseThrow());
        assertEquals(BigDecimal.valueOf(2), findings.anomalies().get(0).actual().orElseThrow());
    }

    @Test
    void aReceivedCountThatIncludesLastYearsCarriedOverPasses() {
        int carried = SampleReport.number("applications", "carriedOver", "total");
        Findings findings = findings(SampleReport.text().replace(REQUEST, "共收到政府信息公开申请" + (RECEIVED + carried) + "件"));
        assertEquals(List.of(), findings.anomalies());
    }

    @Test
    void reviewAndLitigationCountsAreComparedWithTableC() {
        int review = SampleReport.number("reviewLitigation", "review", "total");
        int litigation = SampleReport.number("reviewLitigation", "litigationDirect", "total")
                + SampleReport.number("reviewLitigation", "litigationAfterReview", "total");
        String stated = REQUEST + ",行政复议" + review + "起,行政诉讼" + (litigation + 1) + "起";
        Findings findings = findings(SampleReport.text().replace(REQUEST, stated));
        assertEquals(List.of(AnomalyCode.NARRATIVE_TABLE_MISMATCH), SampleReport.codes(findings));
        assertEquals("reviewLitigation", findings.anomalies().get(0).location().table());
        assertEquals(BigDecimal.valueOf(litigation), findings.anomalies().get(0).expected().orElseThrow());
    }

    @Test
    void noReviewOrLitigationStatedIsComparedWithTableC() {
        int review = SampleReport.number("reviewLitigation", "review", "total");
        Findings findings = findings(SampleReport.text().replace(REQUEST, REQUEST + ",未发生政府信息公开行政复议"));
        assertEquals(review == 0 ? List.of() : List.of(AnomalyCode.NARRATIVE_TABLE_MISMATCH), SampleReport.codes(findings));
        Findings other = findings(SampleReport.text().replace(REQUEST, REQUEST + ",未发生行政复议被纠错情况"));
        assertEquals(List.of(), other.anomalies(), "a statement about corrected outcomes is not about the count");
    }

    @Test
    void withoutTableBTheStatementCannotBeAssessed() {
        String text = SampleReport.text();
        String withoutTable = text.substring(0, text.indexOf("三、收到和处理政府信息公开申请情况"))
                + text.substring(text.indexOf("四、政府信息公开行政复议"));
        Findings findings = findings(withoutTable);
        assertEquals(List.of(), findings.anomalies());
        assertTrue(findings.checks().stream().anyMatch(check -> check.id().equals("narrative.received.1")
                && check.outcome() == Check.Outcome.NOT_ASSESSABLE));
    }

    @Test
    void titlesOfOtherDocumentsAreNotRead() {
        String text = SampleReport.text().replace(REQUEST, REQUEST + ",落实《关于收到政府信息公开申请5件的处理通知》");
        assertEquals(List.of(), findings(text).anomalies());
    }

    @Test
    void countsOfOtherYearsUnitsOutcomesAndWiderWholesAreNotComparedWithTheTables() {
        for (String honest : List.of("2021年,我县收到申请98件,2022年收到申请113件", "比上年多收到申请15件",
                "2019年以来,累计收到政府信息公开申请350件", "县自然资源局收到政府信息公开申请45件",
                "县人民政府办公室收到申请20件,各部门收到申请93件", "全县各乡镇共收到政府信息公开申请20件", "我县各部门共收到申请93件",
                "市中级人民法院审结行政诉讼1件", "行政复议决定维持1件", "2021年发生行政复议2起",
                "全县共受理行政复议案件86件,其中政府信息公开类5件", "全年共收到各类申请130件,其中政府信息公开申请100件",
                "通过网上申请12件、当面申请3件", "全年公开文件482条,召开会议3次,办结率100%", "全年未收到申请人投诉", "县政府本级收到政府信息公开申请20件",
                "未收到公民申请人的复议申请", "受理12345热线工单3000件,办结2980件", "通过信函方式收到申请3件", "共办理信访事项20件,办结20件")) {
            Findings findings = findings(SampleReport.text().replace(REQUEST, REQUEST + "。" + honest));
            assertEquals(List.of(), findings.anomalies(), honest);
        }
    }

    @Test
    void theBodysOwnCountIsStillReadWhateverItsSubject() {
        for (String own : List.of("2022年,全县共收到政府信息公开申请", "本机关共收到政府信息公开申请",
                "清河县人民政府共收到政府信息公开申请", "与上年相比有所下降。2022年收到政府信息公开申请")) {
            Findings findings = findings(SampleReport.text().replace(REQUEST, own + (RECEIVED + 7) + "件"));
            assertEquals(List.of(AnomalyCode.NARRATIVE_TABLE_MISMATCH), SampleReport.codes(findings), own);
        }
    }
}
