package io.github.gongkai.internal.parsers.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.document.Document;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.Paragraph;
import io.github.gongkai.document.PipeText;
import io.github.gongkai.document.Table;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocParserTest {
    private final DocParser parser = new DocParser();

    @ParameterizedTest
    @ValueSource(strings = {"county-2023-auto-numbered", "bureau-2019-auto-numbered", "county-2022-tracked-changes"})
    void readsTheSameTextAndGridsAsTheDocxItWasConvertedFrom(String name) throws Exception {
        String fromDocx = PipeText.write(Fixtures.parse(new DocxParser(), name + ".docx"));
        String fromDoc = PipeText.write(Fixtures.parse(parser, name + ".doc"));
        assertEquals(fromDocx, fromDoc);
        assertEquals(Fixtures.text(name + ".txt"), fromDoc);
    }

    @Test
    void tableBSpansComeFromCellEdgesAndMergeFlags() throws Exception {
        TableBAssertions.assertTemplateLayout(
                TableBAssertions.tableB(Fixtures.parse(parser, "county-2023-auto-numbered.doc")), 22);
        TableBAssertions.assertTemplateLayout(
                TableBAssertions.tableB(Fixtures.parse(parser, "bureau-2019-auto-numbered.doc")), 20);
    }

    @Test
    void listNumbersArePrefixedToHeadings() throws Exception {
        List<String> texts = Fixtures.parse(parser, "bureau-2019-auto-numbered.doc").blocks().stream()
                .filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text()).toList();
        assertTrue(texts.contains("一、总体情况"));
        assertTrue(texts.contains("（四）政府信息公开平台建设"));
        assertTrue(texts.contains("五、存在的主要问题及改进情况"));
    }

    @Test
    void blocksAndCellsCarryTheirPath() throws Exception {
        Document document = Fixtures.parse(parser, "county-2023-auto-numbered.doc");
        assertEquals(new Origin.Path("body[1]"), document.blocks().get(0).origin());
        Table table = TableBAssertions.tableB(document);
        String path = ((Origin.Path) table.origin()).path();
        assertEquals(new Origin.Path(path + "/tr[4]/tc[2]"), table.grid().at(3, 3).origin());
    }

    @Test
    void metadataComesFromTheSummaryInformation() throws Exception {
        Document document = Fixtures.parse(parser, "bureau-2019-auto-numbered.doc");
        assertEquals("白沙县市场监督管理局2019年政府信息公开工作年度报告", document.metadata().title());
        assertTrue(document.metadata().warnings().isEmpty());
    }
}
