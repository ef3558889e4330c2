package io.github.gongkai.internal.parsers.text;

import static io.github.gongkai.internal.parsers.text.TextFixtures.dataRows;
import static io.github.gongkai.internal.parsers.text.TextFixtures.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.document.Block;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Metadata;
import io.github.gongkai.document.Paragraph;
import io.github.gongkai.document.PipeText;
import io.github.gongkai.document.Table;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The project's seed report reads as the report it is, and every text fixture survives pipe text. */
class SeedAndRoundTripTest {
    private static final Path SEED = TextFixtures.TESTDATA.resolve("seed/000_a52c36ee9163b5ed.txt");

    @Test
    void seedIsParagraphsAndThreeTablesWithTableAAsOneTable() throws Exception {
        Document seed = TextFixtures.parse(SEED);

        List<Table> tables = seed.tables();
        assertEquals(3, tables.size());
        assertEquals(List.of("规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费"),
                dataRows(tables.get(0)).stream().map(TextFixtures.DataRow::label).toList());
        assertEquals(25, dataRows(tables.get(1)).size(), "table B rows with values, 2021 template");
        assertEquals(15, dataRows(tables.get(2)).get(0).values().size(), "table C's one row");
        List<String> paragraphs = seed.blocks().stream().filter(Paragraph.class::isInstance)
                .map(b -> plain(((Paragraph) b).text())).toList();
        assertEquals("一、总体情况", paragraphs.get(0));
        assertTrue(paragraphs.contains("二、主动公开政府信息情况"));
        assertTrue(paragraphs.contains("六、其他需要报告的事项"));
        assertEquals("本年度未收取信息处理费。", paragraphs.get(paragraphs.size() - 1));
        assertEquals(Set.of(Metadata.Trait.PINYIN_ANNOTATED), seed.metadata().traits());
    }

    static Stream<Path> inputs() throws Exception {
        return TextFixtures.allInputs();
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void pipeTextRoundTripKeepsEveryBlockAndCell(Path file) throws Exception {
        Document document = TextFixtures.parse(file);

        String written = PipeText.write(document);
        Document read = PipeText.read(written);

        assertEquals(written, PipeText.write(read));
        assertEquals(kinds(document), kinds(read));
    }

    private static List<String> kinds(Document document) {
        return document.blocks().stream().map(Block::getClass).map(Class::getSimpleName).toList();
    }
}
