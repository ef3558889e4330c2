package io.github.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fixture that comes with the numbers it was made from ({@code NAME.expected.json}) maps to exactly
 * those numbers, in every format it exists in, and raises no anomaly but the mirror flag where it carries
 * pinyin.
 */
class ExpectedValuesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyFixtureMapsToTheNumbersItWasMadeFrom() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path expectedFile : Fixtures.find(".expected.json")) {
            JsonNode expected = JSON.readTree(expectedFile.toFile());
            List<Path> reports = Fixtures.reportsOf(expectedFile);
            tests.add(DynamicTest.dynamicTest(Fixtures.name(expectedFile) + " has a report file",
                    () -> assertFalse(reports.isEmpty())));
            if (reports.size() > 1) {
                tests.add(DynamicTest.dynamicTest(Fixtures.name(expectedFile) + " is the same report in every format",
                        () -> assertSameModel(reports)));
            }
            for (Path file : reports) {
                tests.add(DynamicTest.dynamicTest(Fixtures.name(file), () -> {
                    Report report = Fixtures.parse(file);
                    List<String> differences = new ArrayList<>();
                    compare(expected, JSON.readTree(ReportJson.write(report, false)), "", differences);
                    assertEquals(List.of(), differences);
                    Set<String> raised = new TreeSet<>();
                    report.anomalies().forEach(anomaly -> raised.add(anomaly.code().name()));
                    assertEquals(expectedInfo(file), raised, "anomalies of a clean fixture");
                }));
            }
        }
        assertTrue(tests.size() > 10, "fixtures are found");
        return tests.stream();
    }

    /**
     * The info-level anomalies a clean fixture is meant to raise (a mirror copy, a cell left blank on
     * purpose), from {@code clean-info.tsv} in its folder: {@code file<TAB>code} per line.
     */
    private static Set<String> expectedInfo(Path file) throws IOException {
        Path manifest = file.resolveSibling("clean-info.tsv");
        Set<String> codes = new TreeSet<>();
        if (Files.exists(manifest)) {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t");
                if (fields.length == 2 && fields[0].equals(file.getFileName().toString())) {
                    codes.add(fields[1]);
                }
            }
        }
        return codes;
    }

    /** The report's metadata, tables and findings agree across formats; only the source differs. */
    private static void assertSameModel(List<Path> reports) throws IOException {
        JsonNode first = model(reports.get(0));
        for (Path other : reports.subList(1, reports.size())) {
            assertEquals(first, model(other), Fixtures.name(other) + " against " + Fixtures.name(reports.get(0)));
        }
    }

    private static JsonNode model(Path file) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode tree =
                (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(ReportJson.write(Fixtures.parse(file), false));
        com.fasterxml.jackson.databind.node.ArrayNode numbers = tree.arrayNode();
        tree.path("sections").forEach(section -> numbers.add(section.path("number")));
        tree.remove(List.of("source", "sections", "checks"));
        tree.set("sectionNumbers", numbers);
        // The mirror flag describes the source copy, not the report: a text rendering of a mirror page is clean.
        com.fasterxml.jackson.databind.node.ArrayNode anomalies = tree.arrayNode();
        for (JsonNode anomaly : tree.path("anomalies")) {
            if (!anomaly.path("code").asText().equals(AnomalyCode.PINYIN_MIRROR.name())) {
                anomalies.add(((com.fasterxml.jackson.databind.node.ObjectNode) anomaly.deepCopy())
                        .without(List.of("message", "quote", "location")));
            }
        }
        tree.set("anomalies", anomalies);
        return tree;
    }

    /** Records where {@code actual} differs from the keys {@code expected} has; extra keys are fine. */
    static void compare(JsonNode expected, JsonNode actual, String path, List<String> differences) {
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = actual == null ? null : actual.get(field.getKey());
                if (value == null) {
                    differences.add(path + "." + field.getKey() + " is missing");
                } else {
                    compare(field.getValue(), value, path + "." + field.getKey(), differences);
                }
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                differences.add(path + ": expected " + expected + ", got " + actual);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": expected " + expected + ", got " + actual);
        }
    }
}
