package io.github.gongkai.internal.parsers.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.Limits;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Metadata;
import io.github.gongkai.internal.parsers.Input;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.GongkaiException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlPageTest {
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^[（(]?[一二三四五六][、）)].*");

    @Test
    void aNewsPageYieldsItsParagraphsButNoTableAndNoNumberedSectionHeading() throws Exception {
        Document document = HtmlFixtures.parse("news-page-no-report");
        assertTrue(document.tables().isEmpty());
        List<String> texts = HtmlFixtures.texts(document);
        assertTrue(texts.size() >= 4, texts::toString);
        assertTrue(texts.stream().noneMatch(t -> NUMBERED_HEADING.matcher(t).matches()), texts::toString);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("4月12日，桐安县召开政务公开工作推进会")));
        assertTrue(texts.stream().noneMatch(t -> t.contains("备案") || t.contains("打印本页")), texts::toString);
    }

    @Test
    void aColumnMenuWhoseGroupsAreNumberedLikeSectionsDoesNotHoldTheContentBack() throws Exception {
        String menu = "<div class=menu><h3>一、政府信息公开指南</h3><ul><li><a href=1>政府信息公开指南</a></li>"
                + "<li><a href=2>依申请公开指引</a></li></ul><h3>二、政府信息公开年报</h3><ul>"
                + "<li><a href=3>2023年度报告</a></li><li><a href=4>2022年度报告</a></li></ul></div>";
        String main = "<div class=main><div class=crumb>当前位置：<a href=/>首页</a> &gt; 年度报告</div>"
                + "<div class=content><p>一、总体情况</p><p>" + "全年主动公开政府信息一百余条。".repeat(20)
                + "</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p></div></div>";
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.parseText("<div class=page>" + menu + main + "</div>",
                StandardCharsets.UTF_8));
        assertEquals("一、总体情况", texts.get(0));
        assertEquals(4, texts.size(), texts::toString);
    }

    @Test
    void titlePublishDateAndAddressGoToTheMetadata() throws Exception {
        Metadata portal = HtmlFixtures.parse("cms-export-county-2023").metadata();
        assertEquals("桐安县人民政府2023年政府信息公开工作年度报告", portal.title());
        assertEquals("2024-01-19 09:30", portal.publishDate());
        assertEquals("https://www.example.gov.cn/zwgk/ndbg/2023/cms-export-county-2023.html", portal.url());
        assertEquals("2023年01月28日", HtmlFixtures.parse("gbk-undeclared-town-2022").metadata().publishDate());
        assertEquals("2025-01-22", HtmlFixtures.parse("separate-tables-street-2024").metadata().publishDate());
        assertEquals("2023-02-10 16:05",
                HtmlFixtures.parse("mirror-traditional-ruby-town-2022").metadata().publishDate());
    }

    @Test
    void theSiteNameIsCutFromThePageTitle() throws Exception {
        assertEquals("宁川县教育局2019年政府信息公开工作年度报告",
                HtmlFixtures.parse("layout-table-county-bureau-2019").metadata().title());
        assertEquals("某县2023年政府信息公开工作年度报告", PageMetadata.withoutSiteName("首页 - 某县2023年政府信息公开工作年度报告"));
        assertEquals("某县2023年政府信息公开工作年度报告", PageMetadata.withoutSiteName("某县2023年政府信息公开工作年度报告"));
    }

    @Test
    void ogUrlServesWhenThereIsNoCanonicalLink() throws Exception {
        String html = "<html><head><meta property='og:url' content=' https://www.example.gov.cn/a.html '>"
                + "<title>某县2023年年报_某县人民政府</title></head><body><p>正文</p></body></html>";
        Metadata metadata = HtmlFixtures.parseText(html, StandardCharsets.UTF_8).metadata();
        assertEquals("https://www.example.gov.cn/a.html", metadata.url());
        assertEquals("某县2023年年报", metadata.title());
    }

    @Test
    void brLineBreaksSeparateParagraphsAndInlineRunsJoin() throws Exception {
        String html = "<div><span>一、</span><span>总体</span>\n<b>情况</b><br>第二\n行<br/><br/>&nbsp; 2023 年</div>";
        assertEquals(List.of("一、总体情况", "第二行", "2023 年"),
                HtmlFixtures.texts(HtmlFixtures.parseText(html, StandardCharsets.UTF_8)));
    }

    @Test
    void theTabAfterAWordListNumberAndSpacesBesideFullWidthPunctuationFold() throws Exception {
        String html = "<p class=MsoListParagraph><![if !supportLists]><span><span style='mso-list:Ignore'>一、"
                + "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;\n</span></span></span><![endif]>"
                + "<span>总体情况<o:p></o:p></span></p><p>（一）　主动公开</p><p>全年 （含转办） 共 3 件</p>";
        assertEquals(List.of("一、总体情况", "（一）主动公开", "全年（含转办）共 3 件"),
                HtmlFixtures.texts(HtmlFixtures.parseText(html, StandardCharsets.UTF_8)));
    }

    @Test
    void linesOfPreformattedTextAreParagraphs() throws Exception {
        String html = "<pre>一、总体情况\r\n  全年共收到申请3件。\n\n二、主动公开政府信息情况</pre>";
        assertEquals(List.of("一、总体情况", "全年共收到申请3件。", "二、主动公开政府信息情况"),
                HtmlFixtures.texts(HtmlFixtures.parseText(html, StandardCharsets.UTF_8)));
    }

    @Test
    void scriptsStylesAndHiddenElementsAreNotText() throws Exception {
        String html = "<body><style>p{color:red}</style><script>var a='一、总体情况';</script>"
                + "<div style='display: none'>隐藏的文字</div><p hidden>也隐藏</p>"
                + "<p>正<span style='DISPLAY:none'>ab3政</span>文<font style='visibility : hidden'>7</font></p></body>";
        assertEquals(List.of("正文"), HtmlFixtures.texts(HtmlFixtures.parseText(html, StandardCharsets.UTF_8)));
    }

    @Test
    void whatThePagesOwnStyleSheetHidesIsNotTextButPrintAndHoverRulesHideNothing() throws Exception {
        String html = "<head><style>@charset \"utf-8\"; /* 防复制 */ .tmp, #zoom .x {display : none}"
                + " @media print { .noprint { display:none } } p:hover b { visibility:hidden }</style></head>"
                + "<body><div id=zoom><p>正<span class=tmp>ab3政</span>文<i class=x>9</i><b>一</b></p>"
                + "<p class=noprint>分享</p><p>二<span style='font-size: 0px;'>报</span>三"
                + "<span style='font-size:0.5em'>四</span></p></div></body>";
        assertEquals(List.of("正文一", "分享", "二三四"),
                HtmlFixtures.texts(HtmlFixtures.parseText(html, StandardCharsets.UTF_8)));
    }

    @Test
    void contentTheStyleSheetHidesOnlyUntilAScriptShowsItIsRead() throws Exception {
        String html = "<head><style>[v-cloak] { display: none }</style></head><body><div id=app v-cloak>"
                + "<p>一、总体情况</p><p>全年主动公开政府信息一百余条。</p></div></body>";
        assertEquals(List.of("一、总体情况", "全年主动公开政府信息一百余条。"),
                HtmlFixtures.texts(HtmlFixtures.parseText(html, StandardCharsets.UTF_8)));
    }

    @Test
    void aHundredThousandLevelsOfNestingFailQuicklyAsTooLarge() {
        String html = "<div>".repeat(100_000) + "一、总体情况" + "</div>".repeat(100_000);
        GongkaiException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(
                GongkaiException.class, () -> HtmlFixtures.parseText(html, StandardCharsets.UTF_8)));
        assertEquals(Reason.TOO_LARGE, e.reason());
    }

    @Test
    void nestingWithinTheLimitIsRead() throws Exception {
        String html = "<div>".repeat(200) + "一、总体情况" + "</div>".repeat(200);
        assertEquals(List.of("一、总体情况"), HtmlFixtures.texts(HtmlFixtures.parseText(html, StandardCharsets.UTF_8)));
    }

    @Test
    void aTableOverTheCellLimitIsTooLarge() throws Exception {
        Limits limits = new Limits(Limits.DEFAULT.maxFileBytes(), 500, 100, 256);
        GongkaiException e = assertThrows(GongkaiException.class,
                () -> HtmlFixtures.parse("cms-export-county-2023", limits));
        assertEquals(Reason.TOO_LARGE, e.reason());
        String spans = "<table><tr><td colspan=1000 rowspan=1000>x</td><td>1</td></tr>"
                + "<tr><td>2</td></tr>".repeat(999) + "</table>";
        GongkaiException huge = assertThrows(GongkaiException.class,
                () -> HtmlFixtures.parseText(spans, StandardCharsets.UTF_8));
        assertEquals(Reason.TOO_LARGE, huge.reason());
    }

    @Test
    void aFileOverTheSizeLimitIsTooLarge() {
        Limits limits = new Limits(10, 500, 100_000, 256);
        GongkaiException e = assertThrows(GongkaiException.class,
                () -> new HtmlParser().parse(new Input("big.html", new byte[11]), limits));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().startsWith("big.html: "));
    }

    @Test
    void binaryContentIsNotAWebPage() {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< >>\nstream\n\0\0\1\2\3endstream".getBytes(StandardCharsets.ISO_8859_1);
        GongkaiException e = assertThrows(GongkaiException.class, () -> HtmlFixtures.parseBytes(pdf));
        assertEquals(Reason.UNSUPPORTED_FORMAT, e.reason());
    }

    @Test
    void aPageWithoutTextHoldsNoReport() {
        GongkaiException e = assertThrows(GongkaiException.class, () -> HtmlFixtures.parseText(
                "<html><head><title>空</title></head><body><img src=a.png><script>x()</script></body></html>",
                StandardCharsets.UTF_8));
        assertEquals(Reason.NO_REPORT, e.reason());
    }

    @Test
    void theParserReadsHtml() {
        assertEquals(Format.HTML, new HtmlParser().format());
    }
}
