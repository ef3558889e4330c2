package io.github.gongkai.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.model.AnomalyCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceRulesTest {

    private static List<AnomalyCode> codes(String url, boolean pinyin) {
        Findings findings = new Findings();
        SourceRules.check(SampleReport.report(SampleReport.text(), url), pinyin, findings);
        return SampleReport.codes(findings);
    }

    @Test
    void governmentAddressesAndUnknownOnesAreSilent() {
        assertEquals(List.of(), codes("https://www.qinghe.gov.cn/xxgk/2023/nb.html", false));
        assertEquals(List.of(), codes("", false));
        assertEquals(List.of(), codes("not an address", false));
    }

    @Test
    void anAddressOutsideGovCnIsAMirror() {
        assertEquals(List.of(AnomalyCode.MIRROR_URL), codes("https://www.example-mirror.com/gov.cn/nb.html", false));
        assertEquals(List.of(AnomalyCode.MIRROR_URL), codes("http://qinghe.gov.cn.example.com/a", false));
    }

    @Test
    void pinyinMarksAMirrorToo() {
        assertEquals(List.of(AnomalyCode.PINYIN_MIRROR), codes("", true));
    }
}
