package io.github.gongkai.internal.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints what normalisation costs per 1,000 paragraphs, for the record rather than as a pass/fail bound:
 * timings on a shared machine vary too much for an assertion.
 */
@Tag("slow") // run by -P full (CI), not by a plain mvn verify
class NormalizerSpeedTest {
    /** Lines of the seed report: a mirror copy in traditional characters with pinyin annotations. */
    private static final List<String> MIRROR = List.of(
        "2022 年以來,石子鎮(zhèn)黨委、鎮(zhèn)政府高度重視政務(wù)公開工作,按照“公開為常態(tài),不公開為例外”原則,"
            + "主動公開政府信息,做到“應(yīng)公開、盡公開”。",
        "( 一 ) 主動公開",
        "2022年共公開政府信息82條。 其中,政策文件信息28 條,工作動態(tài)39條,財政信息4條,其 他相關(guān)信息11條。",
        "2022 年,石子鎮(zhèn)人民政府未收到政府信息公開申請。",
        "(本列數(shù)據(jù)的勾稽關(guān)系為:第一項加第二項之和,等于第三項加第四項之和)");

    private static final int ROUNDS = 4_000;

    @Test
    void measuresTimePerThousandParagraphs() {
        List<String> simplified = MIRROR.stream().map(Normalizer::normalize).toList();
        List<String> cells = List.of("0", "12", "规 章", "行政规范性文件", "1,234", "—", "商业 企业");
        long produced = report("mirror text (traditional, pinyin)", MIRROR, Normalizer::normalize)
            + report("simplified text", simplified, Normalizer::normalize)
            + report("table cells", cells, Normalizer::normalize)
            + report("simplified text, opencc4j on every call", simplified, ZhConverterUtil::toSimple);
        assertTrue(produced > 0); // uses every result, so that none of the work can be optimised away
    }

    /** Prints the time per 1,000 paragraphs; returns the characters produced. */
    private static long report(String what, List<String> paragraphs, UnaryOperator<String> step) {
        long produced = 0;
        for (int i = 0; i < ROUNDS / 2; i++) { // warm-up
            for (String p : paragraphs) {
                produced += step.apply(p).length();
            }
        }
        long start = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            for (String p : paragraphs) {
                produced += step.apply(p).length();
            }
        }
        double perThousand = (System.nanoTime() - start) / 1e6 / (ROUNDS * paragraphs.size()) * 1000;
        System.out.printf(Locale.ROOT, "normalisation speed: %-42s %8.2f ms per 1,000 paragraphs%n",
            what, perThousand);
        return produced;
    }
}
