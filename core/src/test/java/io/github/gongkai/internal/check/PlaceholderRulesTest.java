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
        for (String text : List.of("XX县人民政府", "××镇", "于X月X日印发", "20XX年", "(此处填写单位名称)", "【请填写】",
                "单击或点击此处输入文字。", "单击此处输入文字。", "点击此处输入日期", "Click or tap here to enter text.", "选择一项。")) {
            assertTrue(Placeholders.in(text), text);
        }
        for (String text : List.of("政府信息公开", "网址www.example.gov.cn/xxgk", "二〇二二年", "XML格式",
                "群众可点击进入专栏查阅", "输入关键词检索",
                "申请编号QHX-2022-XX01", "邮箱XXGK@qhx.gov.cn", "身份证号码11010119900101123X", "规格为2×3米", "X光检查",
                "X线摄影设备", "申请人王XX申请公开", "李××不服答复")) {
            assertFalse(Placeholders.in(text), text);
        }
    }

    @Test
    void aPlaceholderInTheTextIsFlaggedOncePerSentence() {
        Findings findings = SampleReport.findings(SampleReport.text().replace("动态调整", "于X月X日动态调整XX"),
                new PlaceholderRules());
        assertEquals(List.of(AnomalyCode.PLACEHOLDER), SampleReport.codes(findings));
        assertEquals(1, findings.anomalies().get(0).location().section());
    }

    @Test
    void aCleanReportHasNone() {
        assertEquals(List.of(), SampleReport.findings(SampleReport.text(), new PlaceholderRules()).anomalies());
    }
}
