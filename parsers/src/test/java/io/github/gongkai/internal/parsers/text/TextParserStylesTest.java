package io.github.gongkai.internal.parsers.text;

import static io.github.gongkai.internal.parsers.text.TextFixtures.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.gongkai.Limits;
import io.github.gongkai.document.Block;
import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Metadata;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.Paragraph;
import io.github.gongkai.document.Table;
import io.github.gongkai.internal.parsers.Input;
import io.github.gongkai.model.GongkaiException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each way scrapers flatten a table gives rows of a label then that row's values. */
class TextParserStylesTest {

    @Test
    void rowsPipedKeepTheVerticalLabelTheRowLabelAndTheValues() throws Exception {
        Table b = TextFixtures.tableWithRow(TextFixtures.parseFixture("county-2022-rows-piped"), "一、本年新收");

        assertEquals(List.of("三、本年度办理结果", "(一)予以公开", "37", "9", "2", "1", "0", "4", "53"), texts(row(b, "三、本年度办理结果")));
        assertEquals(List.of("(四)无法提供", "1.本机关不掌握相关政府信息", "11", "6", "1", "0", "2", "1", "21"),
                texts(row(b, "(四)无法提供")));
    }

    @Test
    void rowsPipedJoinTheStartOfALabelWrappedOntoTheLineAboveToItsRow() throws Exception {
        Table b = TextFixtures.tableWithRow(TextFixtures.parseFixture("bureau-2024-rows-piped-gb18030"), "一、本年新收");

        assertEquals(List.of("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "0", "1", "0", "0", "0", "0", "1"),
                texts(row(b, "(二)部分公开")));
    }

    @Test
    void rowsPipedJoinTheEndOfALabelWrappedOntoTheLineBelowToItsRow() throws Exception {
        Table b = TextFixtures.tableWithRow(
                TextFixtures.parseFixture("county-2021-rows-piped-fullwidth-utf8bom"), "一、本年新收");

        assertEquals(List.of("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "４", "３", "０", "０", "０", "０", "７"),
                texts(row(b, "(二)部分公开")));
    }

    @Test
    void aCaptionBetweenTwoPipedTablesStaysAParagraph() throws Exception {
        List<Block> blocks = parse("行政许可 | 5 |\n行政处罚 | 6 |\n表2 依申请公开情况\n自然人 | 总计 |\n一、本年新收 | 1 | 1 |\n");

        assertEquals(List.of("Table", "Paragraph", "Table"),
                blocks.stream().map(b -> b.getClass().getSimpleName()).toList());
    }

    @Test
    void cellPerLineWithoutPipesJoinsALabelWrappedOverTwoLinesToItsRow() throws Exception {
        Table b = TextFixtures.tableWithRow(TextFixtures.parseFixture("bureau-2024-cell-per-line-nopipes"), "一、本年新收");

        List<String> partial = texts(row(b, "(二)部分公开"));
        assertEquals("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", partial.get(0) + partial.get(1));
        assertEquals(List.of("8", "1", "0", "0", "0", "0", "9"), partial.subList(2, 9));
        assertEquals(List.of("(七)总计", "29", "8", "1", "3", "5", "1", "47"), texts(row(b, "(七)总计")));
    }

    @Test
    void cellPerLinePipedReadsFullWidthDigitsAsValues() throws Exception {
        Table b = TextFixtures.tableWithRow(
                TextFixtures.parseFixture("district-2023-cell-per-line-piped-fullwidth"), "一、本年新收");

        assertEquals(List.of("一、本年新收政府信息公开申请数量", "１６４", "５６", "７", "６", "２２", "１２", "２６７"),
                texts(row(b, "一、本年新收")));
    }

    @Test
    void cellPerLineOfTheTemplate2019HasASingleOtherProcessingRow() throws Exception {
        Table b = TextFixtures.tableWithRow(
                TextFixtures.parseFixture("town-2020-template2019-nopipes-traditional"), "一、本年新收");

        assertEquals(List.of("(六)其他處理", "1", "0", "0", "0", "0", "0", "1"), texts(row(b, "(六)其他处理")));
        assertEquals(List.of("四、結轉下年度繼續辦理", "5", "0", "0", "0", "0", "0", "5"), texts(row(b, "四、结转下年度")));
    }

    @Test
    void cellPerLinePipedPutsEachNumberedPartOfTheLabelBeforeTheValues() throws Exception {
        Table b = TextFixtures.tableWithRow(
                TextFixtures.parseFixture("city-2019-template2019-cell-per-line-piped"), "一、本年新收");

        assertEquals(List.of("4.保护第三方合法权益", "10", "3", "0", "0", "0", "0", "13"), texts(row(b, "4.保护第三方")));
    }

    @Test
    void doubledPinyinStaysInTheLabelAndIsReportedAsATrait() throws Exception {
        Document document = TextFixtures.parseFixture("street-2021-traditional-doubled-pinyin-nopipes");
        Table b = TextFixtures.tableWithRow(document, "一、本年新收");

        List<String> row = texts(row(b, "(六)其他处理"));
        assertEquals(List.of("1", "0", "0", "0", "0", "0", "1"), row.subList(2, 9));
        assertEquals(Set.of(Metadata.Trait.PINYIN_ANNOTATED), document.metadata().traits());
    }

    @Test
    void gb18030IsDecoded() throws Exception {
        Document document = TextFixtures.parseFixture("bureau-2024-rows-piped-gb18030");

        assertEquals("松阳县教育局2024年政府信息公开工作年度报告", ((Paragraph) document.blocks().get(0)).text());
    }

    @Test
    void utf8ByteOrderMarkIsNotPartOfTheText() throws Exception {
        Document document = TextFixtures.parseFixture("county-2021-rows-piped-fullwidth-utf8bom");

        assertEquals("永丰县人民政府２０２１年政府信息公开工作年度报告", ((Paragraph) document.blocks().get(0)).text());
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws Exception {
        Document document = TextFixtures.parseFixture("district-2022-cell-per-line-piped-utf16");

        assertEquals("西湖区卫生健康局2022年政府信息公开工作年度报告", ((Paragraph) document.blocks().get(0)).text());
    }

    @Test
    void everyBlockAndCellKnowsItsLine() throws Exception {
        Document document = TextFixtures.parseFixture("bureau-2024-cell-per-line-nopipes");
        Table b = TextFixtures.tableWithRow(document, "一、本年新收");

        Cell label = row(b, "一、本年新收").get(0);
        Cell value = row(b, "一、本年新收").get(1);
        assertInstanceOf(Origin.Line.class, label.origin());
        assertEquals(((Origin.Line) label.origin()).line() + 2, ((Origin.Line) value.origin()).line(),
                "cells are separated by blank lines");
        assertEquals(new Origin.Line(1), document.blocks().get(0).origin());
    }

    @Test
    void linesOfLabelsAndFiguresSeparatedBySpacesAreRows() throws Exception {
        String text = """
                三、收到和处理政府信息公开申请情况
                申请人情况
                自然人
                法人或其他组织
                总计商 业 企
                业
                一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119
                二、上年结转政府信息公开申请数量 34 0 0 0 0 0 34
                四、政府信息公开行政复议、行政诉讼情况
                """;

        List<Block> blocks = parse(text);

        assertEquals("三、收到和处理政府信息公开申请情况", ((Paragraph) blocks.get(0)).text());
        Table table = (Table) blocks.get(1);
        assertEquals(List.of("申请人情况", "自然人", "法人或其他组织", "总计商 业 企", "业"), texts(table.rows().get(0)));
        assertEquals(List.of("一、本年新收政府信息公开申请数量", "3001", "53", "0", "0", "61", "4", "3119"),
                texts(table.rows().get(1)));
        assertEquals("四、政府信息公开行政复议、行政诉讼情况", ((Paragraph) blocks.get(2)).text());
    }

    @Test
    void cellsBetweenTabsAreCells() throws Exception {
        String text = "二、主动公开政府信息情况\n第二十条第(一)项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
                + "规章\t1\t0\t5\n行政规范性文件\t2\t1\t9\n三、收到和处理政府信息公开申请情况\n";

        List<Block> blocks = parse(text);

        Table table = (Table) blocks.get(1);
        assertEquals(List.of("规章", "1", "0", "5"), texts(table.rows().get(1)));
        assertEquals(List.of("行政规范性文件", "2", "1", "9"), texts(table.rows().get(2)));
        assertEquals("三、收到和处理政府信息公开申请情况", ((Paragraph) blocks.get(2)).text());
    }

    @Test
    void aHeaderWordRepeatedBeforeTheValuesIsNoRowLabel() throws Exception {
        String text = "行政复议 |\n行政诉讼 |\n结果维持 |\n总计 |\n未经复议直接起诉 |\n结果维持 |\n总计 |\n1 |\n1 |\n0 |\n0 |\n";

        Table table = (Table) parse(text).get(0);

        assertEquals(List.of("1", "1", "0", "0"), texts(table.rows().get(1)));
    }

    @Test
    void aLonePipeIsABlankValueAmongValues() throws Exception {
        Table table = (Table) parse("信息内容 |\n规章 |\n1 |\n|\n3 |\n行政规范性文件 |\n|\n2 |\n5 |\n").get(0);

        assertEquals(List.of(List.of("信息内容"), List.of("规章", "1", "", "3"), List.of("行政规范性文件", "", "2", "5")),
                table.rows().stream().map(TextParserStylesTest::texts).toList());
    }

    @Test
    void aStrayNumberInTheNarrativeIsNoTable() throws Exception {
        List<Block> blocks = parse("(二)依申请公开\n\n3\n\n本年度未收到政府信息公开申请。\n");

        assertEquals(3, blocks.size());
        blocks.forEach(b -> assertInstanceOf(Paragraph.class, b));
    }

    @Test
    void pipeTextWrittenByTheCoreIsReadBack() throws Exception {
        String text = "标题\n规章 | 1 |  | 2 |\n行政许可 | 3 | \\| |\n\n五、其他\n";

        List<Block> blocks = parse(text);

        assertEquals(List.of("规章", "1", "", "2"), texts(((Table) blocks.get(1)).rows().get(0)));
        assertEquals(List.of("行政许可", "3", "|"), texts(((Table) blocks.get(1)).rows().get(1)));
        assertEquals("五、其他", ((Paragraph) blocks.get(2)).text());
    }

    private static List<Block> parse(String text) throws GongkaiException {
        return new TextParser().parse(new Input("inline.txt", text.getBytes(StandardCharsets.UTF_8)), Limits.DEFAULT)
                .blocks();
    }

    private static List<Cell> row(Table table, String label) {
        return table.rows().stream().filter(r -> !r.isEmpty() && plain(r.get(0).text()).startsWith(label))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + label));
    }

    private static List<String> texts(List<Cell> row) {
        return row.stream().map(Cell::text).toList();
    }
}
