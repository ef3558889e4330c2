package io.github.gongkai.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.model.AnomalyCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceholderRulesTest {

    @Test
    void placeholdersAreRecognised() {
        for (String text : List.of("XX县人民政府", "××镇", "于X月X日印发", "20XX年", "(此处填写单位名称)", "【请填写】")) {
            assertTrue(Placeholders.in(text), text);
        }
        for (String text : List.of("政府信息公开", "网址www.example.gov.cn/xxgk", "二〇二二年", "XML格式")) {
            assertFalse(Placeholders.in(text), text);
        }
    }

    @Test
    void aPlaceholderInTheTextIsFlaggedOncePerSentence() {
        Findings findings = SampleReport.findings(SampleReport.text().replace("动态调整", "于X月X日动态调整XX"),
                PlaceholderRules::check);
        assertEquals(List.of(AnomalyCode.PLACEHOLDER), SampleReport.codes(findings));
        assertEquals(1, findings.anomalies().get(0).location().section());
    }

    @Test
    void aCleanReportHasNone() {
        assertEquals(List.of(), SampleReport.findings(SampleReport.text(), PlaceholderRules::check).anomalies());
    }
}
