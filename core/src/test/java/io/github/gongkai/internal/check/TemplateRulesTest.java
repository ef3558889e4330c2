package io.github.gongkai.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Check;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateRulesTest {

    @Test
    void theTemplateOfTheReportsPeriodPasses() {
        Findings findings = SampleReport.findings(SampleReport.text(), new TemplateRules());
        assertEquals(List.of(), findings.anomalies());
        assertEquals(Check.Outcome.PASS, findings.checks().get(0).outcome());
    }

    @Test
    void theTemplateOf2021InAReportOn2020IsFlagged() {
        Findings findings = SampleReport.findings(SampleReport.text().replace("2022年", "2020年"), new TemplateRules());
        assertEquals(List.of(AnomalyCode.TEMPLATE_YEAR_MISMATCH), SampleReport.codes(findings));
    }
}
