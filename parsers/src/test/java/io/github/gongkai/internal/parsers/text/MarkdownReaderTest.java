package io.github.gongkai.internal.parsers.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.Limits;
import io.github.gongkai.document.Block;
import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.Paragraph;
import io.github.gongkai.document.Table;
import io.github.gongkai.internal.parsers.Input;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.GongkaiException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown as converters write it reads as the paragraphs and tables it shows. */
class MarkdownReaderTest {

    @Test
    void headingsLoseTheirMarksAndUnderlinesAndStandAlone() throws Exception {
        Document document = parse("# 青山区人民政府2025年政府信息公开工作年度报告\n\n## 一、总体情况 ##\n"
                + "**（一）主动公开**\n本年主动公开信息12条。\n\n二、主动公开政府信息情况\n------\n\n"
                + "__（二）依申请公开__\n");

        assertEquals(List.of("青山区人民政府2025年政府信息公开工作年度报告", "一、总体情况", "（一）主动公开", "本年主动公开信息12条。",
                "二、主动公开政府信息情况", "（二）依申请公开"), paragraphs(document));
    }

    @Test
    void frontMatterIsLeftOutButItsTitle() throws Exception {
        Document document = parse("---\ntitle: \"青山市人民政府2024年政府信息公开工作年度报告\"\nauthor: 办公室\n---\n\n"
                + "# 一、总体情况\n");

        assertEquals(List.of("青山市人民政府2024年政府信息公开工作年度报告", "一、总体情况"), paragraphs(document));
        assertEquals(new Origin.Line(2), document.blocks().get(0).origin());
    }

    @Test
    void inlineMarkupIsReducedToItsTextAndEscapesToTheirCharacters() throws Exception {
        Document document = parse("# 标题\n\n通过[政府门户网站](http://www.example.gov.cn/ \"门户\")公开*重点*信息![](media/a.png)"
                + "，共**12**条，`其中`标\\*的为简易程序\\_1\\.&nbsp;2\\-3。\n");

        assertEquals("通过政府门户网站公开重点信息，共12条，其中标*的为简易程序_1.\u00a02-3。", paragraphs(document).get(1));
    }

    @Test
    void glyphsWithoutAUnicodeMappingAreKeptAsTheyAreAmongEscapes() throws Exception {
        Document document = parse("# 标题\n\n共\uE02A\uE05C12\\*条\n");

        assertEquals("共\uE02A\uE05C12*条", paragraphs(document).get(1));
    }

    @Test
    void listMarkersCommentsRulesAndPageSeparatorsAreDroppedAndWrappedLinesJoined() throws Exception {
        Document document = parse("# 标题\n\n- 一是公开内容的深度\n  和广度还需拓展；\n- 二是解读形式单一。\n\n"
                + "<!-- page 3 -->\n\n---\n\n{3}------------\n\n"
                + "下一步，将进一步\n健全工作机制。\n（一）加强领导\n");

        assertEquals(List.of("标题", "一是公开内容的深度和广度还需拓展；", "二是解读形式单一。", "下一步，将进一步健全工作机制。", "（一）加强领导"),
                paragraphs(document));
    }

    @Test
    void pipeTableReadsItsRowsWithoutTheRuleLineOuterPipesOrEscapes() throws Exception {
        Document document = parse("## 二、主动公开政府信息情况\n\n| 信息内容 | 本年制发件数 | 本年增\\|减 |\n|:---|:---:|---:|\n"
                + "| **规章** | 5 | 0 |\n| (二)部分公开<br>(区分处理的) | 3<br/> | |\n\n信息内容 | 本年处理决定数量\n---|---\n行政许可 | 12\n");

        List<Table> tables = document.tables();
        assertEquals(2, tables.size());
        assertEquals(List.of(List.of("信息内容", "本年制发件数", "本年增|减"), List.of("规章", "5", "0"),
                List.of("(二)部分公开(区分处理的)", "3")), texts(tables.get(0)));
        assertEquals(new Origin.Line(5), tables.get(0).rows().get(1).get(0).origin());
        assertEquals(List.of(List.of("信息内容", "本年处理决定数量"), List.of("行政许可", "12")), texts(tables.get(1)));
    }

    @Test
    void gridTableJoinsWrappedCellTextAndReadsColumnSpansFromItsBorders() throws Exception {
        Document document = parse("# 标题\n\n"
                + "+---------------------+--------------+\n"
                + "| 行政复议            | 行政诉讼     |\n"
                + "+------+------+-------+------+-------+\n"
                + "| 结果 | 结果 | 总计  | 结果 | 总计  |\n"
                + "| 维持 | 纠正 |       | 维持 |       |\n"
                + "+======+======+=======+======+=======+\n"
                + "| 1    | 0    | 1     | 2    | 2     |\n"
                + "+------+------+-------+------+-------+\n");

        Table table = document.tables().get(0);
        assertEquals(List.of(List.of("行政复议", "行政诉讼"), List.of("结果维持", "结果纠正", "总计", "结果维持", "总计"),
                List.of("1", "0", "1", "2", "2")), texts(table));
        assertEquals(List.of(3, 2), table.rows().get(0).stream().map(Cell::colSpan).toList());
        assertEquals(new Origin.Line(6), table.rows().get(1).get(0).origin());
    }

    @Test
    void gridTableCellLeftOpenByTheBorderBelowSpansRowsAndItsTextRunsOn() throws Exception {
        Document document = parse("# 标题\n\n"
                + "+------------+----------+------+\n"
                + "| 三、本年度 | (一)予以 | 3    |\n"
                + "| 办理结果   | 公开     |      |\n"
                + "|            +----------+------+\n"
                + "|            | (二)部分 | 1    |\n"
                + "|            | 公开     |      |\n"
                + "+------------+----------+------+\n"
                + "| 四、结转   | 0               |\n"
                + "+------------+-----------------+\n");

        Table table = document.tables().get(0);
        assertEquals(List.of(List.of("三、本年度办理结果", "(一)予以公开", "3"), List.of("(二)部分公开", "1"),
                List.of("四、结转", "0")), texts(table));
        assertEquals(2, table.rows().get(0).get(0).rowSpan());
        assertEquals(2, table.rows().get(2).get(1).colSpan());
        assertTrue(table.grid().continuesAbove(1, 0));
    }

    @Test
    void embeddedHtmlTableKeepsItsSpansLineBreaksAndLines() throws Exception {
        Document document = parse("## 三、收到和处理政府信息公开申请情况\n\n<table>\n<tr><th rowspan=\"2\">类别</th>"
                + "<th colspan=\"2\">申请人情况</th></tr>\n<tr><td>自然人</td><td>总计</td></tr>\n"
                + "<tr><td>(二)部分公开<br />(区分处理的)</td><td>3</td><td>3</td></tr>\n</table>\n\n正文。\n");

        Table table = document.tables().get(0);
        Cell corner = table.rows().get(0).get(0);
        assertEquals(2, corner.rowSpan());
        assertEquals(2, table.rows().get(0).get(1).colSpan());
        assertEquals("(二)部分公开(区分处理的)", table.rows().get(2).get(0).text());
        assertEquals(new Origin.Line(6), table.rows().get(2).get(0).origin());
        assertEquals("正文。", paragraphs(document).get(1));
    }

    @Test
    void tableOverTheCellLimitIsTooLarge() {
        String rows = "| 1 | 2 |\n".repeat(60);
        GongkaiException e = assertThrows(GongkaiException.class, () -> new TextParser().parse(
                new Input("big.md", ("# 标题\n\n| a | b |\n|---|---|\n" + rows).getBytes(StandardCharsets.UTF_8)),
                Limits.DEFAULT.withMaxTableCells(100)));
        assertEquals(Reason.TOO_LARGE, e.reason());
    }

    @Test
    void markdownIsToldFromScrapedTextByItsBlockSyntax() {
        assertTrue(MarkdownSyntax.isMarkdown("# 标题\n\n## 一、总体情况\n"));
        assertTrue(MarkdownSyntax.isMarkdown("标题\n=====\n\n| 规章 | 0 |\n|---|---|\n"));
        assertFalse(MarkdownSyntax.isMarkdown("标题: 青山区2023年度报告\n==================== 正文 ====================\n"
                + "一、总体情况\n规章 | 0 | 0 | 3 |\n#政务公开#\n"));
        assertTrue(MarkdownSyntax.isMarkdown("青山区2025年政府信息公开工作年度报告\n\n**一、总体情况**\n\n正文。\n\n"
                + "<table>\n<tr><td>规章</td><td>0</td></tr>\n</table>\n"));
        assertFalse(MarkdownSyntax.isMarkdown("<table>\n<tr><td>规章</td></tr>\n</table>\n<table>\n<tr><td>0</td></tr>\n</table>\n"));
        assertFalse(MarkdownSyntax.isMarkdown("<html><body>\n# 标题\n## 一、总体情况\n</body></html>"));
    }

    private static Document parse(String markdown) throws GongkaiException {
        Document document = Document.of(MarkdownReader.read(markdown, Limits.DEFAULT.maxTableCells(), "report.md"));
        for (Block block : document.blocks()) {
            assertInstanceOf(Origin.Line.class, block.origin());
        }
        return document;
    }

    private static List<String> paragraphs(Document document) {
        return document.blocks().stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text()).toList();
    }

    private static List<List<String>> texts(Table table) {
        return table.rows().stream().map(row -> row.stream().map(Cell::text).toList()).toList();
    }
}
