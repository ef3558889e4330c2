package io.github.gongkai.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearRulesTest {
    private static final String REQUEST = "2022年,我县共收到政府信息公开申请";

    private static Findings findings(String text) {
        return SampleReport.findings(text, new YearRules());
    }

    @Test
    void theReportsOwnYearIsSilent() {
        assertEquals(List.of(), findings(SampleReport.text()).anomalies());
    }

    @Test
    void lastYearOpeningASentenceIsFlaggedOnceWithItsSentence() {
        Findings findings = findings(SampleReport.text().replace(REQUEST, "2021年,我县共收到政府信息公开申请")
                .replace("2022年共召开", "2021年共召开"));
        assertEquals(List.of(AnomalyCode.YEAR_MISMATCH), SampleReport.codes(findings));
        assertTrue(findings.anomalies().get(0).quote().startsWith("2021年,我县共收到"));
    }

    @Test
    void aLaterYearThroughoutTheTextIsFlagged() {
        Findings findings = findings(SampleReport.text().replace("2022年", "2023年")
                .replace("清河县人民政府2023年", "清河县人民政府2022年"));
        assertEquals(List.of(AnomalyCode.YEAR_MISMATCH), SampleReport.codes(findings));
    }

    @Test
    void digitsRunTogetherWhereACopyDroppedTheirCharactersAreNoYears() {
        Findings findings = findings(SampleReport.text().replace(REQUEST,
                "国办公开办函〔202130号要求,统计期限自202111日至1231日止。202211,我县共收到政府信息公开申请"));
        assertEquals(List.of(), findings.anomalies());
    }

    @Test
    void lastYearInASectionHeadingIsFlagged() {
        Findings findings = findings(SampleReport.text().replace("三、收到和处理", "三、2021年收到和处理"));
        assertEquals(List.of(AnomalyCode.YEAR_MISMATCH), SampleReport.codes(findings));
        assertEquals(3, findings.anomalies().get(0).location().section());
    }

    @Test
    void anEvaluationOfLastYearIsNotTheYearReportedOn() {
        String text = SampleReport.text().replace(REQUEST, "2021年度全市政务公开考评中,我县获评优秀。" + REQUEST);
        assertEquals(List.of(), findings(text).anomalies());
    }

    @Test
    void titlesSpansComparisonsAndPlansAreNotTheYearReportedOn() {
        String text = SampleReport.text().replace(REQUEST, "2019年以来,我县落实《2021年政务公开工作要点》;"
                + "2021年,我县收到申请较上年增加;2023年,我县将继续深化公开。" + REQUEST);
        assertEquals(List.of(), findings(text).anomalies());
    }

    @Test
    void anEarlierYearBesideTheReportsYearTellsAHistory() {
        String text = SampleReport.text().replace(REQUEST, "2020年,我县开通政府信息公开专栏,2022年进一步完善;"
                + "2021年,我县收到申请98件,2022年收到申请113件。" + REQUEST);
        assertEquals(List.of(), findings(text).anomalies());
    }

    @Test
    void aPlanForNextYearIsSilentWhereTheTextSaysThisYearInWords() {
        String text = SampleReport.text();
        int body = text.indexOf('\n');
        text = text.substring(0, body) + text.substring(body).replace("2022年", "本年")
                .replace("各项任务均已落实。", "各项任务均已落实。2023年,我县将进一步规范依申请公开工作。");
        assertEquals(List.of(), findings(text).anomalies());
    }

    @Test
    void lastYearsProblemsAndNextYearsPlansAreNotAMismatch() {
        String text = SampleReport.text().replace("五、存在的主要问题及改进情况", "五、2021年工作中存在问题的改进情况及存在的主要问题")
                .replace("一是公开内容", "2021年工作中存在的栏目更新不及时问题已整改到位。一是公开内容")
                .replace("各项任务均已落实。", "各项任务均已落实。2023年,我县将进一步规范依申请公开工作。2023年工作计划已印发。");
        Report report = SampleReport.report(text, "");
        assertEquals(2022, report.info().year().orElseThrow());
        assertEquals(List.of(), report.anomalies().stream().map(Anomaly::code)
                .filter(code -> code == AnomalyCode.YEAR_MISMATCH).toList());
    }
}
