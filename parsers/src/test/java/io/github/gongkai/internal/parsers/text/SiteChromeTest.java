package io.github.gongkai.internal.parsers.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The site's chrome around a crawled report is found by its shape, above and below the report only. */
class SiteChromeTest {

    @Test
    void breadcrumbsFieldsMenusAndRegistrationMarksAreChrome() {
        assertTrue(SiteChrome.isChrome("当前位置：首页 > 政务公开 > 政府信息公开年报"));
        assertTrue(SiteChrome.isChrome("来源：青山县人民政府办公室 时间：2024-01-30 09:12"));
        assertTrue(SiteChrome.isChrome("字号：大 中 小"));
        assertTrue(SiteChrome.isChrome("微信 微博 QQ空间"));
        assertTrue(SiteChrome.isChrome("打印本页 关闭窗口"));
        assertTrue(SiteChrome.isChrome("政府网站找错 | 联系我们 | 网站地图"));
        assertTrue(SiteChrome.isChrome("网站标识码：3300000001"));
        assertTrue(SiteChrome.isChrome("浙ICP备12345678号-1"));
    }

    @Test
    void titlesSentencesAndTheHeaderBlockAreNot() {
        assertFalse(SiteChrome.isChrome("青山县人民政府 2023年政府信息公开工作年度报告"));
        assertFalse(SiteChrome.isChrome("标题: 青山县人民政府2023年政府信息公开工作年度报告"));
        assertFalse(SiteChrome.isChrome("发布时间: 2024-01-30 09:12"));
        assertFalse(SiteChrome.isChrome("现将报告如下。联系电话：1234 地址：青山路"));
        assertFalse(SiteChrome.isChrome("青山县人民政府办公室"));
    }

    @Test
    void chromeIsLeftOutAboveTheReportAndFromTheFooterOnButTableHeadersInsideStay() {
        String[] lines = {
            "当前位置：首页 > 政务公开 > 政府信息公开年报",
            "青山县2023年政府信息公开工作年度报告",
            "字号：大 中 小",
            "现将2023年度政府信息公开工作情况报告如下。",
            "四、政府信息公开行政复议、行政诉讼情况",
            "行政复议 行政诉讼",
            "六、其他需要报告的事项",
            "无其他需要报告的事项。",
            "青山县人民政府办公室",
            "打印本页 关闭窗口",
            "扫一扫在手机打开当前页",
        };
        assertArrayEquals(new boolean[] {true, false, true, false, false, false, false, false, false, true, true},
                SiteChrome.find(lines));
    }

    @Test
    void withoutASectionHeadingNoFooterIsLookedFor() {
        String[] lines = {"现将报告如下。", "行政复议 行政诉讼", "3 1 0 0 4"};
        assertArrayEquals(new boolean[] {false, false, false}, SiteChrome.find(lines));
    }

    @Test
    void aPageOnOneLineLosesTheChromeAroundTheReportButKeepsTitleAndSignature() {
        List<String> pieces = List.of("当前位置：首页", ">", "政府信息公开年报", "青山县2023年政府信息公开工作年度报告",
                "来源：青山县人民政府办公室", "时间：2024-01-30", "09:12", "字号：", "大", "中", "小",
                "现将报告如下。", "六、其他需要报告的事项", "无其他需要报告的事项。", "青山县人民政府办公室", "2024年1月20日",
                "打印本页", "关闭窗口", "扫一扫在手机打开当前页", "网站标识码：3300000001");
        boolean[] expected = {true, true, true, false, true, true, true, true, true, true, true,
            false, false, false, false, false, true, true, true, true};

        assertArrayEquals(expected, SiteChrome.amongPieces(pieces));
    }
}
