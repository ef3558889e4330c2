package io.github.gongkai.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.model.AnomalyCode;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class SourceRulesTest {

    private static List<AnomalyCode> codes(String url, boolean pinyin) {
        return SampleReport.codes(SampleReport.findings(SampleReport.report(SampleReport.text(), url),
                new Observations(pinyin, List.of(), List.of()), new SourceRules()));
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
    void anAdvertisementOverTheReportsWordsMarksAHijackedCopy() {
        String hijacked = SampleReport.text().replace("(二)依申请公开", "(二)澳门新葡京娱乐城");
        Findings findings = SampleReport.findings(hijacked, new SourceRules());
        assertEquals(List.of(AnomalyCode.HIJACKED_COPY), SampleReport.codes(findings));
        assertEquals("澳门新葡京娱乐城", findings.anomalies().get(0).quote());
    }

    @Test
    void theAdvertisementFoundFromItsFirstWordIsTheOneTheExpressionFindsAnywhere() {
        Random random = new Random(20261208);
        String[] pieces = {"葡京", "娱乐城", "百家乐", "国际", "官网", "澳门", "新", "𠀋", "公开", ",", "a", " ", "\n"};
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            Matcher matcher = SourceRules.ADVERTISEMENT.matcher(text);
            Optional<String> expected = matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
            assertEquals(expected, SourceRules.advertisement(text.toString()), text.toString());
        }
    }

    @Test
    void wordsAReportMayUseAreNoAdvertisement() {
        String honest = SampleReport.text().replace("(二)依申请公开", "(二)依申请公开\n福利彩票公益金使用情况、棋牌室许可和金沙镇的信息均已公开。");
        Findings findings = SampleReport.findings(honest, new SourceRules());
        assertEquals(List.of(), SampleReport.codes(findings));
    }

    @Test
    void pinyinMarksAMirrorToo() {
        assertEquals(List.of(AnomalyCode.PINYIN_MIRROR), codes("", true));
    }
}
