package io.github.gongkai.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Check;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatedTotalRulesTest {
    private static final String ANCHOR = "均在法定期限内答复";

    private static Findings findings(String sentence) {
        return SampleReport.findings(SampleReport.text().replace(ANCHOR, ANCHOR + "。" + sentence + "。"), new StatedTotalRules());
    }

    private static List<Check.Outcome> outcomes(Findings findings) {
        return findings.checks().stream().map(Check::outcome).toList();
    }

    @Test
    void aTotalWhoseNumberACopyDroppedIsNoBreakdown() {
        Findings findings = findings("全年主动公开政府信息条,其中政策文件12条,工作动态30条,其他信息5条");
        assertEquals(List.of(), findings.anomalies());
    }

    @Test
    void partsThatAddUpToTheirTotalPass() {
        Findings findings = findings("共公开政府信息82条。其中,政策文件信息28条,工作动态39条,财政信息4条,其他相关信息11条");
        assertEquals(List.of(), findings.anomalies());
        assertEquals(Check.Outcome.PASS, outcomes(findings).get(outcomes(findings).size() - 1));
    }

    @Test
    void partsThatExceedTheirTotalAreFlagged() {
        Findings findings = findings("共公开政府信息82条,其中政策文件信息31条、工作动态39条、财政信息4条、其他相关信息11条");
        assertEquals(List.of(AnomalyCode.NARRATIVE_TOTAL_MISMATCH), SampleReport.codes(findings));
        assertEquals(BigDecimal.valueOf(85), findings.anomalies().get(0).expected().orElseThrow());
        assertEquals(BigDecimal.valueOf(82), findings.anomalies().get(0).actual().orElseThrow());
    }

    @Test
    void chineseNumeralsCount() {
        Findings findings = findings("共发布信息十二条,其中工作动态五条,其他信息八条");
        assertEquals(List.of(AnomalyCode.NARRATIVE_TOTAL_MISMATCH), SampleReport.codes(findings));
    }

    @Test
    void aShortListWithoutRemainderIsNotABreakdown() {
        assertEquals(List.of(), findings("共公开政府信息82条,其中政策文件28条,工作动态39条").anomalies());
    }

    @Test
    void aListWithTextBesidesItsPartsIsNotRead() {
        assertEquals(List.of(), findings("共公开政府信息82条,其中政策文件28条,较上年增加5条").anomalies());
    }

    @Test
    void aLongRunOfDigitsIsReadInLinearTime() {
        String digits = "1".repeat(200_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> findings(digits + "其中" + digits + "条," + digits));
    }

    @Test
    void aSemicolonEndsTheList() {
        Findings findings = findings("行政复议351件,其中结果维持72件,结果纠正64件,其他结果178件,尚未审结37件;"
                + "行政诉讼46件,其中结果维持25件,结果纠正5件,其他结果9件,尚未审结7件");
        assertEquals(List.of(), findings.anomalies());
        // The report's own 主动公开 breakdown passes too.
        assertEquals(List.of(Check.Outcome.PASS, Check.Outcome.PASS, Check.Outcome.PASS), outcomes(findings));
    }

    @Test
    void twoBreakdownsOfOneWholeInOneListPass() {
        Findings findings = findings("共收到申请113件,其中自然人申请80件,法人或其他组织申请33件,网上申请98件");
        assertEquals(List.of(), findings.anomalies());
        assertEquals(Check.Outcome.PASS, outcomes(findings).get(outcomes(findings).size() - 1));
    }

    @Test
    void overlappingCountsByChannelAreNotABreakdown() {
        assertEquals(List.of(), findings("发布信息1200条,其中县政府门户网站发布800条,政务新媒体发布600条").anomalies());
        assertEquals(List.of(AnomalyCode.NARRATIVE_TOTAL_MISMATCH),
                SampleReport.codes(findings("发布信息1200条,其中门户网站300条,新媒体100条,其他渠道100条")));
    }

    @Test
    void partsAfterAChangeBelongToTheWholeBeforeIt() {
        Findings findings = findings("共收到申请113件,较2021年增加15件,其中网上申请98件、当面申请12件、信函申请3件");
        assertEquals(List.of(), findings.anomalies());
        assertEquals(Check.Outcome.PASS, outcomes(findings).get(outcomes(findings).size() - 1));
        assertEquals(List.of(AnomalyCode.NARRATIVE_TOTAL_MISMATCH),
                SampleReport.codes(findings("共收到申请113件,较2021年增加15件,其中网上申请98件、当面申请12件、其他申请6件")));
        assertEquals(List.of(), findings("公开信息109条,同比增长12条,其中政策文件57条,其他信息52条").anomalies());
        assertEquals(List.of(), findings("公开信息109条,比上年多12条,其中政策文件5条、其他7条").anomalies());
    }
}
