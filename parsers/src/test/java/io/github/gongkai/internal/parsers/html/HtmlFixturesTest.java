package io.github.gongkai.internal.parsers.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.document.Document;
import io.github.gongkai.document.PipeText;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlFixturesTest {

    static List<String> reports() {
        return HtmlFixtures.reports();
    }

    @ParameterizedTest
    @MethodSource("reports")
    void eachSavedPageReadsAsTheReportItHolds(String name) throws Exception {
        String expected = HtmlFixtures.expectedText(name);
        String actual = PipeText.write(HtmlFixtures.parse(name));
        // The title is the page's heading, which sites place above the content element or inside it.
        String title = expected.substring(0, expected.indexOf('\n') + 1);
        if (!actual.startsWith(title)) {
            expected = expected.substring(title.length());
        }
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @MethodSource("reports")
    void nothingOfTheSiteChromeReachesTheDocument(String name) throws Exception {
        Document document = HtmlFixtures.parse(name);
        for (String text : HtmlFixtures.texts(document)) {
            for (String chrome : List.of("备案", "備案", "导航", "導航", "打印本页", "关闭窗口", "当前位置", "您现在的位置",
                    "分享到", "相关链接", "字体", "主办单位", "版权所有", "网站标识码", "侵權", "熱門")) {
                assertFalse(text.contains(chrome), () -> name + ": chrome text in the document: " + text);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void everyPageKeepsItsSixNumberedSections(String name) throws Exception {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.parse(name));
        for (String numeral : List.of("一、", "二、", "三、", "四、", "五、", "六、")) {
            assertTrue(texts.stream().anyMatch(t -> t.startsWith(numeral)), () -> name + " lacks " + numeral);
        }
    }
}
