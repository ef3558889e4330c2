package io.github.gongkai.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletenessRulesTest {

    private static Findings findings(String text) {
        return SampleReport.findings(text, new CompletenessRules());
    }

    @Test
    void theCleanReportHasEverything() {
        assertEquals(List.of(), findings(SampleReport.text()).anomalies());
    }

    @Test
    void aSectionWithoutItsHeadingIsMissing() {
        Findings findings = findings(SampleReport.text().replace("五、存在的主要问题及改进情况\n", ""));
        assertEquals(List.of(AnomalyCode.MISSING_SECTION), SampleReport.codes(findings));
        assertEquals(5, findings.anomalies().get(0).location().section());
    }

    @Test
    void aTableLeftOutIsMissing() {
        String text = SampleReport.text();
        String withoutTableC = text.substring(0, text.indexOf("行政复议 | 行政诉讼"))
                + text.substring(text.indexOf("五、存在的主要问题"));
        Findings findings = findings(withoutTableC);
        assertEquals(List.of(AnomalyCode.MISSING_TABLE), SampleReport.codes(findings));
        Location location = findings.anomalies().get(0).location();
        assertEquals(List.of(4, "reviewLitigation"), List.of(location.section(), location.table()));
    }

    @Test
    void aRowLeftOutIsMissing() {
        Findings findings = findings(SampleReport.text().replace("行政强制 | 30 |\n", ""));
        assertEquals(List.of(AnomalyCode.MISSING_ROW), SampleReport.codes(findings));
        Location location = findings.anomalies().get(0).location();
        assertEquals(List.of(2, "activeDisclosure", "enforcement"),
                List.of(location.section(), location.table(), location.row()));
    }
}
