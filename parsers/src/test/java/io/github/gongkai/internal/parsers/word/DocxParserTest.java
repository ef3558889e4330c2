package io.github.gongkai.internal.parsers.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.Limits;
import io.github.gongkai.document.Block;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Grid;
import io.github.gongkai.document.Metadata;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.Paragraph;
import io.github.gongkai.document.PipeText;
import io.github.gongkai.document.Table;
import io.github.gongkai.internal.parsers.Input;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocxParserTest {
    private final DocxParser parser = new DocxParser();

    @ParameterizedTest
    @ValueSource(strings = {"county-2023-auto-numbered", "town-2020-template-2019", "district-2022-traditional",
            "city-2021-header-repeated", "street-2024-content-controls", "bureau-2019-auto-numbered",
            "county-2022-tracked-changes", "township-2023-wps-layout"})
    void flattensEachFixtureToItsPipeText(String name) throws Exception {
        Document document = Fixtures.parse(parser, name + ".docx");
        assertEquals(Fixtures.text(name + ".txt"), PipeText.write(document));
    }

    @Test
    void tableBOfThe2021TemplateHasItsMergedCellsOnce() throws Exception {
        Table table = TableBAssertions.tableB(Fixtures.parse(parser, "county-2023-auto-numbered.docx"));
        TableBAssertions.assertTemplateLayout(table, 22);
        assertEquals(2, table.rows().get(0).size(), "corner and 申请人情况 only");
        assertEquals(9, table.rows().get(5).size(), "三、本年度办理结果, (一)予以公开 and seven values");
        assertEquals(8, table.rows().get(6).size(), "the continue cell below 三、本年度办理结果 is not emitted");
    }

    @Test
    void tableBOfThe2019TemplateHasTwentyResultRows() throws Exception {
        TableBAssertions.assertTemplateLayout(
                TableBAssertions.tableB(Fixtures.parse(parser, "town-2020-template-2019.docx")), 20);
    }

    @Test
    void tableBWithRepeatedHeaderRowsIsOneTableWithItsHeaderOnce() throws Exception {
        Document document = Fixtures.parse(parser, "city-2021-header-repeated.docx");
        Table table = TableBAssertions.tableB(document);
        TableBAssertions.assertTemplateLayout(table, 22);
        assertEquals(1, document.tables().stream().filter(t -> t.grid().width() == 10).count());
    }

    @Test
    void automaticNumbersArePrefixedToHeadings() throws Exception {
        List<String> texts = paragraphs(Fixtures.parse(parser, "county-2023-auto-numbered.docx"));
        for (String heading : List.of("一、总体情况", "（一）主动公开", "（五）监督保障", "二、主动公开政府信息情况",
                "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
                "六、其他需要报告的事项")) {
            assertTrue(texts.contains(heading), heading + " in " + texts);
        }
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("二是部分栏目")), "a second list counts on its own");
    }

    @Test
    void numbersFromHeadingStylesAreRenderedToo() throws Exception {
        List<String> texts = paragraphs(Fixtures.parse(parser, "town-2020-template-2019.docx"));
        assertTrue(texts.contains("一、总体情况"));
        assertTrue(texts.contains("(三)政府信息管理"));
        assertTrue(texts.contains("六、其他需要报告的事项"));
    }

    @Test
    void numberingRestartsSubLevelsAndHonoursStartOverridesAndLegalStyle() throws Exception {
        String numbering = "<w:abstractNum w:abstractNumId=\"7\">"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCountingThousand\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:isLgl/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2\"/></w:lvl>"
                + "</w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"7\"/></w:num>"
                + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"7\"/></w:num>"
                + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"7\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"10\"/></w:lvlOverride></w:num>";
        String body = numbered(1, 0, "甲") + numbered(1, 1, "a") + numbered(1, 1, "b") + numbered(2, 0, "乙")
                + numbered(1, 1, "c") + numbered(3, 0, "丙") + numbered(0, 0, "不编号");
        Document document = parser.parse(new Input("n.docx", MiniDocx.withNumbering(body, numbering)), Limits.DEFAULT);
        assertEquals(List.of("一、甲", "1.1 a", "1.2 b", "二、乙", "2.1 c", "十、丙", "不编号"), paragraphs(document));
    }

    @Test
    void customNumberFormatsWrittenByWord2010AreRecognised() throws Exception {
        String numbering = "<w:abstractNum w:abstractNumId=\"0\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
                + "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\">"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><mc:AlternateContent><mc:Choice Requires=\"w14\">"
                + "<w:numFmt w:val=\"custom\" w:format=\"一, 二, 三, ...\"/></mc:Choice><mc:Fallback><w:numFmt w:val=\"decimal\"/>"
                + "</mc:Fallback></mc:AlternateContent><w:lvlText w:val=\"%1、\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><mc:AlternateContent><mc:Choice Requires=\"w14\">"
                + "<w:numFmt w:val=\"custom\" w:format=\"001, 002, 003, ...\"/></mc:Choice><mc:Fallback><w:numFmt w:val=\"decimal\"/>"
                + "</mc:Fallback></mc:AlternateContent><w:lvlText w:val=\"%2.\"/></w:lvl>"
                + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
        Document document = parser.parse(new Input("c.docx", MiniDocx.withNumbering(
                numbered(1, 0, "总体情况") + numbered(1, 1, "主动公开"), numbering)), Limits.DEFAULT);
        assertEquals(List.of("一、总体情况", "1.主动公开"), paragraphs(document));
    }

    @Test
    void blocksCarryTheirPathInTheBody() throws Exception {
        Document document = Fixtures.parse(parser, "county-2023-auto-numbered.docx");
        assertEquals(new Origin.Path("body[1]"), document.blocks().get(0).origin());
        Table table = TableBAssertions.tableB(document);
        String tablePath = ((Origin.Path) table.origin()).path();
        assertTrue(tablePath.matches("body\\[\\d+]"), tablePath);
        Grid grid = table.grid();
        assertEquals(new Origin.Path(tablePath + "/tr[4]/tc[2]"), grid.at(3, 3).origin());
        assertEquals(new Origin.Path(tablePath + "/tr[6]/tc[1]"), grid.at(5, 0).origin());
        assertEquals(new Origin.Path(tablePath + "/tr[8]/tc[3]"), grid.at(7, 2).origin(), "the continue cell keeps its place");
    }

    @Test
    void tablesInContentControlsAndTextBoxesAreFoundOnceAndHeadersFootersAndNotesAreLeftOut() throws Exception {
        Document document = Fixtures.parse(parser, "street-2024-content-controls.docx");
        List<Table> tables = document.tables();
        assertEquals(3, tables.size());
        assertTrue(((Origin.Path) tables.get(0).origin()).path().matches("body\\[\\d+]/tbl\\[1]"));
        assertTrue(((Origin.Path) tables.get(2).origin()).path().matches("body\\[\\d+]/txbx\\[1]/tbl\\[1]"));
        assertEquals("行政复议", tables.get(2).grid().at(0, 0).text());
        String text = PipeText.write(document);
        assertFalse(text.contains("政务公开\n"), "header text");
        assertFalse(text.contains("保密审查依据"), "footnote text");
        assertTrue(text.contains("本年度共收到政府信息公开申请"), "text of a run-level content control");
    }

    @Test
    void titleComesFromCorePropertiesOrElseTheFirstTitleParagraph() throws Exception {
        Document withCore = Fixtures.parse(parser, "county-2023-auto-numbered.docx");
        assertEquals("临江县人民政府2023年政府信息公开工作年度报告", withCore.metadata().title());
        assertEquals(9, withCore.metadata().pages());
        Document without = Fixtures.parse(parser, "town-2020-template-2019.docx");
        assertEquals("青石镇人民政府2020年政府信息公开工作年度报告", without.metadata().title());
        assertEquals(0, without.metadata().pages());
    }

    @Test
    void nestedTablesFollowTheirTableAndOneCellFramesAreUnwrapped() throws Exception {
        String nested = MiniDocx.tbl(MiniDocx.tr(MiniDocx.tc("", MiniDocx.p("x")), MiniDocx.tc("", MiniDocx.p("y"))));
        String outer = MiniDocx.tbl(MiniDocx.tr(MiniDocx.tc("", MiniDocx.p("左")),
                MiniDocx.tc("", MiniDocx.p("右"), nested)));
        String frame = MiniDocx.tbl(MiniDocx.tr(MiniDocx.tc("", MiniDocx.p("框内"), outer)));
        Document document = parser.parse(new Input("n.docx", MiniDocx.body(frame + MiniDocx.p("后"))), Limits.DEFAULT);
        List<Block> blocks = document.blocks();
        assertEquals(4, blocks.size());
        assertEquals("框内", assertInstanceOf(Paragraph.class, blocks.get(0)).text());
        assertEquals(new Origin.Path("body[1]/tr[1]/tc[1]/p[1]"), blocks.get(0).origin());
        Table first = assertInstanceOf(Table.class, blocks.get(1));
        assertEquals("右", first.grid().at(0, 1).text());
        Table inner = assertInstanceOf(Table.class, blocks.get(2));
        assertEquals(new Origin.Path("body[1]/tr[1]/tc[1]/tbl[1]/tr[1]/tc[2]/tbl[1]"), inner.origin());
        assertEquals("y", inner.grid().at(0, 1).text());
        assertEquals(new Origin.Path("body[2]"), blocks.get(3).origin());
    }

    @Test
    void cellParagraphsJoinWithoutSpacesBetweenChineseAndWithOneOtherwise() throws Exception {
        String table = MiniDocx.tbl(MiniDocx.tr(MiniDocx.tc("", MiniDocx.p("法律服务"), MiniDocx.p("机构")),
                MiniDocx.tc("", MiniDocx.p("Annual"), MiniDocx.p("report"), MiniDocx.p(" "))));
        Document document = parser.parse(new Input("j.docx", MiniDocx.body(table)), Limits.DEFAULT);
        Grid grid = document.tables().get(0).grid();
        assertEquals("法律服务机构", grid.at(0, 0).text());
        assertEquals("Annual report", grid.at(0, 1).text());
    }

    @Test
    void gridBeforeAndAContinueWithNothingAboveKeepCellsInTheirColumns() throws Exception {
        String table = MiniDocx.tbl(
                MiniDocx.tr(MiniDocx.tc("<w:vMerge/>", MiniDocx.p("孤")), MiniDocx.tc("", MiniDocx.p("b")),
                        MiniDocx.tc("<w:vMerge w:val=\"restart\"/>", MiniDocx.p("c"))),
                "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + MiniDocx.tc("", MiniDocx.p("e"))
                        + MiniDocx.tc("<w:vMerge/>", "<w:p/>") + "</w:tr>");
        Document document = parser.parse(new Input("g.docx", MiniDocx.body(table)), Limits.DEFAULT);
        Grid grid = document.tables().get(0).grid();
        assertEquals("孤", grid.at(0, 0).text());
        assertEquals("", grid.at(1, 0).text());
        assertEquals("e", grid.at(1, 1).text());
        assertEquals(2, grid.at(0, 2).rowSpan());
        assertEquals(3, grid.width());
    }

    @Test
    void aRowDeletedWithTrackedChangesIsNotInTheTableAndAMergeRunsAcrossIt() throws Exception {
        String deletion = "w:id=\"1\" w:author=\"a\" w:date=\"2024-01-10T09:00:00Z\"";
        String table = MiniDocx.tbl(
                MiniDocx.tr(MiniDocx.tc("<w:vMerge w:val=\"restart\"/>", MiniDocx.p("三、本年度办理结果")),
                        MiniDocx.tc("", MiniDocx.p("12"))),
                "<w:tr><w:trPr><w:del " + deletion + "/></w:trPr>" + MiniDocx.tc("<w:vMerge/>", "<w:p/>")
                        + MiniDocx.tc("", "<w:p><w:del " + deletion + "><w:r><w:delText>小计</w:delText></w:r></w:del></w:p>")
                        + "</w:tr>",
                MiniDocx.tr(MiniDocx.tc("<w:vMerge/>", "<w:p/>"), MiniDocx.tc("", MiniDocx.p("7"))));
        Table parsed = parser.parse(new Input("d.docx", MiniDocx.body(table)), Limits.DEFAULT).tables().get(0);
        assertEquals(2, parsed.grid().height());
        assertEquals(2, parsed.grid().at(0, 0).rowSpan());
        assertEquals("7", parsed.grid().at(1, 1).text());
        assertEquals(new Origin.Path("body[1]/tr[3]/tc[2]"), parsed.grid().at(1, 1).origin());
    }

    @Test
    void aDeletedParagraphTakesNoNumberAndADeletedParagraphMarkJoinsTheNextParagraph() throws Exception {
        String numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1是\"/></w:lvl></w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
        String revision = "w:id=\"1\" w:author=\"a\" w:date=\"2024-01-10T09:00:00Z\"";
        String numPr = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>";
        String deletedItem = "<w:p><w:pPr>" + numPr + "<w:rPr><w:del " + revision + "/></w:rPr></w:pPr><w:del " + revision
                + "><w:r><w:delText>删去的一项。</w:delText></w:r></w:del></w:p>";
        String textDeletedOnly = "<w:p><w:pPr>" + numPr + "</w:pPr><w:del " + revision
                + "><w:r><w:delText>又一项。</w:delText></w:r></w:del></w:p>";
        String joined = "<w:p><w:pPr><w:rPr><w:del " + revision + "/></w:rPr></w:pPr><w:r><w:t>前半句，</w:t></w:r></w:p>";
        String body = deletedItem + numbered(1, 0, "栏目更新不及时。") + textDeletedOnly + joined
                + numbered(1, 0, "解读形式单一。");
        Document document = parser.parse(new Input("j.docx", MiniDocx.withNumbering(body, numbering)), Limits.DEFAULT);
        assertEquals(List.of("一是栏目更新不及时。", "二是前半句，解读形式单一。"), paragraphs(document));
    }

    @Test
    void aContentControlShowingItsPlaceholderPromptIsEmpty() throws Exception {
        String prompt = "<w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>%s</w:sdtContent>";
        String inline = "<w:p><w:r><w:t>规章</w:t></w:r><w:sdt>" + prompt.formatted("<w:r><w:t>单击或点击此处输入文字。</w:t></w:r>")
                + "</w:sdt></w:p>";
        String block = "<w:sdt>" + prompt.formatted(MiniDocx.p("单击或点击此处输入文字。")) + "</w:sdt>";
        String filled = "<w:p><w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>12</w:t></w:r></w:sdtContent>"
                + "</w:sdt></w:p>";
        Document document = parser.parse(new Input("p.docx", MiniDocx.body(inline + block + filled)), Limits.DEFAULT);
        assertEquals(List.of("规章", "12"), paragraphs(document));
    }

    @Test
    void paragraphTextIsWhatWordPrints() throws Exception {
        String paragraph = "<w:p>"
                + "<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>zhèn</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>镇</w:t></w:r></w:rubyBase></w:ruby></w:r>"
                + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"
                + "<w:del><w:r><w:delText>删去</w:delText></w:r></w:del><w:ins><w:r><w:t>政府</w:t></w:r></w:ins>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r><w:br w:type=\"page\"/><w:t>页</w:t><w:br/><w:t>第二行</w:t><w:tab/><w:t>end</w:t></w:r></w:p>";
        String lineFeed = MiniDocx.p("first&#10;second");
        String customNoteMark = "<w:p><w:r><w:t>12</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows=\"1\" w:id=\"2\"/>"
                + "<w:t>*</w:t></w:r><w:r><w:footnoteReference w:id=\"3\"/></w:r><w:r><w:t>件</w:t></w:r></w:p>";
        Document document = parser.parse(new Input("r.docx",
                MiniDocx.body(paragraph + lineFeed + customNoteMark + "<w:altChunk/>")), Limits.DEFAULT);
        assertEquals(List.of("镇政府3页第二行 end", "first second", "12件"), paragraphs(document));
        assertEquals(Set.of(Metadata.Trait.PINYIN_ANNOTATED), document.metadata().traits());
        assertEquals(1, document.metadata().warnings().size());
    }

    @Test
    void aTableOfContentsIsLeftOut() throws Exception {
        String toc = "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/></w:docPartObj>"
                + "</w:sdtPr><w:sdtContent>" + MiniDocx.p("一、总体情况\t1") + "</w:sdtContent></w:sdt>";
        Document document = parser.parse(new Input("t.docx", MiniDocx.body(toc + MiniDocx.p("一、总体情况"))), Limits.DEFAULT);
        assertEquals(List.of("一、总体情况"), paragraphs(document));
        assertEquals(new Origin.Path("body[2]"), document.blocks().get(0).origin());
    }

    @Test
    void anEmbeddedExcelWorksheetIsReadAsATable() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("表");
            Row head = sheet.createRow(1);
            head.createCell(1).setCellValue("行政复议");
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 1, 3));
            Row values = sheet.createRow(2);
            values.createCell(1).setCellValue(2);
            values.createCell(2).setCellValue(3);
            values.createCell(3).setCellFormula("B3+C3");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        String object = "<w:p><w:r><w:object><v:shape id=\"_x0000_i1025\" type=\"#_x0000_t75\"/>"
                + "<o:OLEObject Type=\"Embed\" ProgID=\"Excel.Sheet.12\" ShapeID=\"_x0000_i1025\" DrawAspect=\"Content\" "
                + "ObjectID=\"_1700000000\" r:id=\"" + MiniDocx.SHEET_ID + "\"/></w:object></w:r></w:p>";
        Document document = parser.parse(new Input("e.docx", MiniDocx.withEmbeddedSheet(MiniDocx.p("四、") + object, xlsx)),
                Limits.DEFAULT);
        Table table = assertInstanceOf(Table.class, document.blocks().get(1));
        assertEquals(new Origin.Path("body[2]/object[1]"), table.origin());
        Grid grid = table.grid();
        assertEquals(3, grid.width());
        assertEquals(2, grid.height());
        assertEquals(3, grid.at(0, 0).colSpan());
        assertEquals("行政复议", grid.at(0, 0).text());
        assertEquals("5", grid.at(1, 2).text());
        assertEquals(new Origin.Path("body[2]/object[1]/tr[2]/tc[3]"), grid.at(1, 2).origin());
    }

    private static List<String> paragraphs(Document document) {
        return document.blocks().stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text()).toList();
    }

    private static String numbered(int numId, int level, String text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr></w:pPr>"
                + "<w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }
}
