package io.github.gongkai.internal.parsers.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Grid;
import io.github.gongkai.document.Table;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlTableTest {

    @ParameterizedTest
    @ValueSource(strings = {"cms-export-county-2023", "layout-table-county-bureau-2019",
            "one-big-table-city-bureau-2024", "template-2019-county-2020", "gbk-undeclared-town-2022"})
    void tableBHasItsLabelsThenSevenValuesInEveryDataRow(String name) throws Exception {
        Grid grid = HtmlFixtures.tableWith(HtmlFixtures.parse(name), "申请人情况").grid();
        int first = rowStarting(grid, "一、本年新收");
        int last = rowStarting(grid, "四、结转下年度");
        boolean template2019 = name.contains("2019") || name.contains("2020");
        // 一 and 二, the outcome rows under 三, and 四
        assertEquals(2 + (template2019 ? 20 : 22) + 1, last - first + 1, name);
        for (int r = first; r <= last; r++) {
            for (int c = 0; c < 3; c++) {
                assertTrue(!grid.at(r, c).text().isEmpty() && !grid.at(r, c).text().matches("\\d+"),
                        "label expected at " + r + "," + c + ": " + grid.at(r, c).text());
            }
            for (int c = 3; c < 10; c++) {
                assertTrue(grid.textAt(r, c).matches("\\d+"), "value expected at " + r + "," + c);
            }
        }
        int header = rowStarting(grid, "（本列数据") >= 0 ? rowStarting(grid, "（本列数据") : rowStarting(grid, "(本列数据");
        assertEquals("申请人情况", grid.at(header, 3).text());
        assertEquals("自然人", grid.at(header + 1, 3).text());
        assertEquals("法人或其他组织", grid.at(header + 1, 8).text());
        assertEquals("其他", grid.at(header + 2, 8).text());
        assertEquals("总计", grid.at(header + 2, 9).text());
        Cell outcome = grid.at(first + 2, 0);
        assertEquals("三、本年度办理结果", outcome.text());
        assertEquals(template2019 ? 20 : 22, outcome.rowSpan());
    }

    private static int rowStarting(Grid grid, String prefix) {
        for (int r = 0; r < grid.height(); r++) {
            if (grid.at(r, 0).text().startsWith(prefix)) {
                return r;
            }
        }
        return -1;
    }

    @Test
    void spacerColumnsAndRowsEmptyInEveryPositionAreDropped() throws Exception {
        Grid grid = HtmlFixtures.tableWith(HtmlFixtures.parse("layout-table-county-bureau-2019"), "申请人情况").grid();
        assertEquals(10, grid.width());
        assertTrue(grid.at(grid.height() - 1, 0).text().startsWith("四、结转下年度"));
    }

    @Test
    void aBlankColumnOfDataInsideTheTableStaysInPlace() throws Exception {
        String html = "<table border=1><tr><td>一、本年新收</td><td>5</td><td>&nbsp;</td><td>5</td><td></td></tr>"
                + "<tr><td>二、上年结转</td><td>1</td><td><p>&nbsp;</p></td><td>1</td><td></td></tr></table>";
        Grid grid = HtmlFixtures.parseText(html, StandardCharsets.UTF_8).tables().get(0).grid();
        assertEquals(4, grid.width());
        assertEquals("", grid.textAt(0, 2));
        assertEquals("5", grid.textAt(0, 3));
    }

    @Test
    void blankColumnsThatAnEmptyMergedCellSpansAreDropped() throws Exception {
        String html = "<table border=1><tr><td>第二十条第（五）项</td><td colspan=2>&nbsp;</td><td>&nbsp;</td></tr>"
                + "<tr><td>行政许可</td><td></td><td>12</td></tr></table>";
        Grid grid = HtmlFixtures.parseText(html, StandardCharsets.UTF_8).tables().get(0).grid();
        assertEquals(2, grid.width());
        assertEquals("12", grid.textAt(1, 1));
    }

    @Test
    void tablesSplitOverSeveralElementsStaySeparateAndInOrder() throws Exception {
        List<Table> tables = HtmlFixtures.parse("separate-tables-street-2024").tables();
        assertEquals(6, tables.size());
        List<String> firstCells = tables.stream().map(t -> t.rows().get(0).get(0).text()).toList();
        assertEquals(List.of("第二十条第(一)项", "第二十条第(五)项", "第二十条第(六)项", "第二十条第(八)项"),
                firstCells.subList(0, 4));
        assertTrue(firstCells.get(4).startsWith("(本列数据的勾稽关系为"));
        assertEquals("行政复议", firstCells.get(5));
    }

    @Test
    void theThreeTablesInOneElementStayOneTable() throws Exception {
        Document document = HtmlFixtures.parse("one-big-table-city-bureau-2024");
        assertEquals(1, document.tables().size());
        Grid grid = document.tables().get(0).grid();
        assertEquals(15, grid.width());
    }

    @Test
    void linesInsideACellAreJoinedWithoutBreaksAndSpacesAreFolded() throws Exception {
        String html = "<table border=1><tr><td><p>（二）部分公开</p><p>（区分处理的）</p></td><td>商业<br>企业</td>"
                + "<td><span>Law</span><br><span>firm</span></td><td>&nbsp;</td><td>规　章</td></tr>"
                + "<tr><td>一、本年新收</td><td>1</td><td>2</td><td>3</td><td>4</td></tr></table>";
        Table table = HtmlFixtures.parseText(html, StandardCharsets.UTF_8).tables().get(0);
        List<String> texts = table.rows().get(0).stream().map(Cell::text).toList();
        assertEquals(List.of("（二）部分公开（区分处理的）", "商业企业", "Law firm", "", "规 章"), texts);
    }

    @Test
    void layoutTablesAreReadThroughAndReportTablesNestedInThemAreKept() throws Exception {
        String html = "<table><tr><td><a href='/'>首页</a></td></tr><tr><td>"
                + "<p>二、主动公开政府信息情况</p>"
                + "<table border=1><tr><td>信息内容</td><td>本年制发件数</td></tr><tr><td>规章</td><td>0</td></tr></table>"
                + "<p>" + "本年度主动公开政府信息共计一百余条，涉及政策文件、工作动态、财政信息等多个方面。".repeat(6) + "</p>"
                + "</td></tr></table>";
        Document document = HtmlFixtures.parseText(html, StandardCharsets.UTF_8);
        assertEquals(1, document.tables().size());
        assertEquals(2, document.tables().get(0).grid().width());
        assertEquals("二、主动公开政府信息情况", HtmlFixtures.texts(document).get(0));
    }

    @Test
    void rowspanZeroRunsToTheEndAndHugeSpansAreCut() throws Exception {
        String html = "<table border=1><tr><td rowspan=0>三、本年度办理结果</td><td>（一）予以公开</td><td>5</td></tr>"
                + "<tr><td>（二）部分公开</td><td>1</td></tr><tr><td>（七）总计</td><td rowspan=999>6</td></tr></table>";
        Grid grid = HtmlFixtures.parseText(html, StandardCharsets.UTF_8).tables().get(0).grid();
        assertEquals(3, grid.height());
        assertEquals(3, grid.width());
        assertEquals("三、本年度办理结果", grid.at(2, 0).text());
        assertEquals("6", grid.at(2, 2).text());
    }
    @Test
    void aHeadingColspanWiderThanTheRowsBelowIsCutToTheirWidth() throws Exception {
        String html = "<table border=1><thead><tr><th colspan=2>行政复议</th><th colspan=9>行政诉讼</th></tr></thead>"
                + "<tbody><tr><td>结果维持</td><td>总计</td><td>结果维持</td><td>总计</td></tr></tbody>"
                + "<tbody><tr><td>1</td><td>1</td><td>0</td><td>0</td></tr></tbody></table>";
        Grid grid = HtmlFixtures.parseText(html, StandardCharsets.UTF_8).tables().get(0).grid();
        assertEquals(4, grid.width());
        assertEquals(2, grid.at(0, 2).colSpan());
        assertEquals("0", grid.textAt(2, 3));
    }

    @Test
    void anEmptyRowUnderARowspanIsDroppedAndTheRowspanShrinks() throws Exception {
        String html = "<table border=1><tr><td rowspan=3>（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr>"
                + "<tr></tr><tr><td>2.其他法律行政法规禁止公开</td><td>1</td></tr></table>";
        Grid grid = HtmlFixtures.parseText(html, StandardCharsets.UTF_8).tables().get(0).grid();
        assertEquals(2, grid.height());
        assertEquals(2, grid.at(0, 0).rowSpan());
        assertEquals("1", grid.textAt(1, 2));
    }

    @Test
    void wordSpacerRowsInConditionalCommentsAndEmptyParagraphCellsAreDropped() throws Exception {
        String html = "<table class=MsoNormalTable><tr><td><p class=MsoNormal><span>规章<o:p></o:p></span></p></td>"
                + "<td><p class=MsoNormal><span lang=EN-US>3<o:p></o:p></span></p></td>"
                + "<td><p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p></td></tr>"
                + "<![if !supportMisalignedColumns]><tr height=0><td width=0 style='border:none'></td>"
                + "<td width=43 style='border:none'></td><td width=60 style='border:none'></td></tr><![endif]></table>";
        Grid grid = HtmlFixtures.parseText(html, StandardCharsets.UTF_8).tables().get(0).grid();
        assertEquals(1, grid.height());
        assertEquals(2, grid.width());
        assertEquals("3", grid.textAt(0, 1));
    }
    @Test
    void aFootWrittenBeforeTheBodyComesAfterItAsBrowsersShowIt() throws Exception {
        String html = "<table border=1><tfoot><tr><td colspan=2>注：数据统计截至12月31日</td></tr></tfoot>"
                + "<tbody><tr><td>行政许可</td><td>12</td></tr></tbody>"
                + "<thead><tr><th>信息内容</th><th>本年处理决定数量</th></tr></thead></table>";
        Grid grid = HtmlFixtures.parseText(html, StandardCharsets.UTF_8).tables().get(0).grid();
        assertEquals(List.of("信息内容", "行政许可", "注：数据统计截至12月31日"),
                List.of(grid.textAt(0, 0), grid.textAt(1, 0), grid.textAt(2, 0)));
    }

    @Test
    void aFigureCorrectedInUnacceptedTrackedChangesReadsAsTheCorrection() throws Exception {
        String html = "<table border=1><tr><td>行政许可</td><td><p class=MsoNormal><span class=msoDel>"
                + "<del cite='mailto:a' datetime='2023-01-16T10:00:00Z'>17</del></span><span class=msoIns>"
                + "<ins cite='mailto:a' datetime='2023-01-16T10:00:00Z'>12</ins></span></p></td></tr></table>";
        Grid grid = HtmlFixtures.parseText(html, StandardCharsets.UTF_8).tables().get(0).grid();
        assertEquals("12", grid.textAt(0, 1));
    }
    @Test
    void aLabelFramedInATableOfItsOwnLeavesTheReportTableATable() throws Exception {
        String html = "<table border=1><tr><td colspan=2><table><tr><td>第二十条第（一）项</td></tr></table></td></tr>"
                + "<tr><td>规章</td><td>0</td></tr><tr><td>行政规范性文件</td><td>3</td></tr></table>";
        Document document = HtmlFixtures.parseText(html, StandardCharsets.UTF_8);
        assertEquals(1, document.tables().size());
        Grid grid = document.tables().get(0).grid();
        assertEquals("第二十条第（一）项", grid.textAt(0, 0));
        assertEquals("3", grid.textAt(2, 1));
    }

    @Test
    void aLongNoteRowUnderATableOfFiguresLeavesItATable() throws Exception {
        String note = "说明：" + "同一申请人一次提出多项申请的按件分别统计，上年结转的申请在本年度办结的计入本年度办理结果；".repeat(5);
        String html = "<table border=1><tr><td>行政复议</td><td>结果维持</td><td>结果纠正</td><td>总计</td></tr>"
                + "<tr><td>本年</td><td>1</td><td>2</td><td>3</td></tr><tr><td>上年</td><td>0</td><td>1</td><td>1</td></tr>"
                + "<tr><td colspan=4>" + note + "</td></tr></table>";
        Document document = HtmlFixtures.parseText(html, StandardCharsets.UTF_8);
        assertEquals(1, document.tables().size());
        assertEquals(4, document.tables().get(0).grid().height());
    }

    @Test
    void aPageLayoutTableOfShortCellsAndOneLongTextCellIsReadThrough() throws Exception {
        String text = "全年主动公开政府信息一百余条，涉及政策文件、工作动态、财政信息等多个方面。".repeat(6);
        String html = "<table><tr><td><a href=/>首页</a></td><td>2024-01-15</td><td>88</td></tr>"
                + "<tr><td colspan=3><p>一、总体情况</p><p>" + text + "</p></td></tr></table>";
        Document document = HtmlFixtures.parseText(html, StandardCharsets.UTF_8);
        assertTrue(document.tables().isEmpty());
        assertTrue(HtmlFixtures.texts(document).contains("一、总体情况"));
    }
}
