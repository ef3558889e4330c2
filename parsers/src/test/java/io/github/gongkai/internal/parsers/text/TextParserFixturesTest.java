package io.github.gongkai.internal.parsers.text;

import static io.github.gongkai.internal.parsers.text.TextFixtures.DataRow;
import static io.github.gongkai.internal.parsers.text.TextFixtures.dataRows;
import static io.github.gongkai.internal.parsers.text.TextFixtures.plain;
import static io.github.gongkai.internal.parsers.text.TextFixtures.tableWithRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.internal.text.CellValue;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Paragraph;
import io.github.gongkai.document.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every clean fixture in the template's layout, in every flattening style, comes out as the report's paragraphs
 * and its three tables.
 */
class TextParserFixturesTest {
    private static final List<String> DENIED_TO_REJECTED = List.of("deniedStateSecret", "deniedProhibitedByLaw",
            "deniedThreeSecurities", "deniedThirdParty", "deniedInternalAffairs", "deniedProcessInformation",
            "deniedEnforcementFiles", "deniedQueryMatters", "unableNotHeld", "unableNeedsCreation", "unableUnclear",
            "rejectedPetition", "rejectedRepeated", "rejectedPublication", "rejectedExcessive", "rejectedConfirmation");
    private static final List<String> HEADINGS = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进", "六、其他需要报告的事项");

    static Stream<String> fixtures() throws Exception {
        return TextFixtures.templateLayoutNames();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void tableBRowsHoldTheirLabelThenTheirSevenValuesInTemplateOrder(String name) throws Exception {
        Document document = TextFixtures.parseFixture(name);
        JsonNode expected = TextFixtures.expected(name);
        List<String> keys = tableBKeys(expected.path("report").path("template").asText());

        List<DataRow> rows = dataRows(tableWithRow(document, "一、本年新收"));

        assertEquals(keys.size(), rows.size(), name + ": rows with values in table B");
        for (int i = 0; i < keys.size(); i++) {
            DataRow row = rows.get(i);
            assertFalse(row.label().isEmpty(), name + ": row " + keys.get(i) + " has a label");
            assertEquals(numbers(expected.path("applications").path(keys.get(i))), row.values(),
                    name + ": values of " + keys.get(i) + " after " + row.label());
        }
        assertTrue(rows.get(0).label().startsWith("一、本年新收政府信息公开申请数量"));
        assertTrue(rows.get(keys.size() - 2).label().endsWith("(七)总计"));
        assertTrue(rows.get(keys.size() - 1).label().startsWith("四、结转下年度继续办理"));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void tableARowsHoldTheirItemThenTheirValues(String name) throws Exception {
        Document document = TextFixtures.parseFixture(name);
        JsonNode expected = TextFixtures.expected(name).path("activeDisclosure");

        List<DataRow> rows = dataRows(tableWithRow(document, "第二十条第(一)项"));

        List<String> items = new ArrayList<>();
        expected.fieldNames().forEachRemaining(items::add);
        assertEquals(items.size(), rows.size(), name + ": rows with values in table A");
        for (int i = 0; i < items.size(); i++) {
            assertEquals(numbers(expected.path(items.get(i))), rows.get(i).values(), name + ": " + items.get(i));
        }
        assertEquals("规章", rows.get(0).label());
        assertTrue(rows.get(1).label().endsWith("规范性文件"));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void tableCIsOneRowOfFifteenValues(String name) throws Exception {
        Document document = TextFixtures.parseFixture(name);
        JsonNode expected = TextFixtures.expected(name).path("reviewLitigation");

        Table table = tableWithRow(document, "行政复议");

        List<BigDecimal> values = new ArrayList<>();
        for (String group : List.of("review", "litigationDirect", "litigationAfterReview")) {
            values.addAll(numbers(expected.path(group)));
        }
        assertEquals(List.of(new DataRow("", values)), dataRows(table), name);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void sectionsStayParagraphsAndCellsStayInTables(String name) throws Exception {
        Document document = TextFixtures.parseFixture(name);

        List<String> paragraphs = document.blocks().stream().filter(Paragraph.class::isInstance)
                .map(b -> plain(((Paragraph) b).text())).toList();
        assertEquals(3, document.tables().size(), name + ": tables");
        for (String heading : HEADINGS) {
            assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith(heading)), name + ": paragraph " + heading);
        }
        assertTrue(paragraphs.stream().noneMatch(CellValue::isValue), name + ": a value left as a paragraph");
        for (Table table : document.tables()) {
            for (List<Cell> row : table.rows()) {
                assertTrue(row.stream().noneMatch(c -> c.text().contains("。")), name + ": a sentence in " + row);
            }
        }
    }

    private static List<String> tableBKeys(String template) {
        List<String> keys = new ArrayList<>(List.of("newlyReceived", "carriedOver", "granted", "partiallyGranted"));
        keys.addAll(DENIED_TO_REJECTED);
        keys.addAll(template.equals("2021") ? List.of("otherNoCorrection", "otherNoFee", "otherOther") : List.of("other"));
        keys.addAll(List.of("totalProcessed", "carriedForward"));
        return keys;
    }

    private static List<BigDecimal> numbers(JsonNode object) {
        List<BigDecimal> values = new ArrayList<>();
        object.elements().forEachRemaining(v -> values.add(v.decimalValue()));
        return values;
    }
}
