package io.github.gongkai.cli.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongkai.Gongkai;
import io.github.gongkai.cli.ExitCodes;
import io.github.gongkai.cli.TestCorpus;
import io.github.gongkai.json.ReportColumns;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai dataset} over a mixed corpus of every fixture format, unreadable files and duplicates. */
class DatasetCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    static Path corpus;
    static Path out;
    static List<String> names;
    static TestCorpus.Run run;
    /** What the facade makes of each file on its own: the reference the dataset must agree with. */
    static Map<String, Report> expectedReports;
    static Map<String, String> expectedFailures;

    @BeforeAll
    static void runDataset() throws IOException {
        TestCorpus.Shared shared = TestCorpus.shared();
        corpus = shared.folder();
        out = temp.resolve("out");
        names = shared.names();
        expectedReports = shared.reports();
        expectedFailures = shared.failures();
        run = TestCorpus.run("dataset", corpus.toString(), "-o", out.toString(), "-j", "2");
    }

    @Test
    void readsAtLeastFortyFilesAndSaysSomeFailed() {
        assertTrue(names.size() >= 40, "corpus of " + names.size());
        assertEquals(ExitCodes.UNREADABLE, run.exit(), run.err());
        assertTrue(run.err().contains("gongkai: " + names.size() + " files: " + expectedReports.size() + " parsed, "
                + expectedFailures.size() + " failed"), run.err());
        assertTrue(run.err().contains("failures: ") && run.err().contains("NO_REPORT"), run.err());
    }

    @Test
    void writesOneCsvRowPerReportInNameOrderWithDocumentedColumns() throws IOException {
        List<Map<String, String>> rows = TestCorpus.csv(out.resolve("reports.csv"), ReportColumns.names());
        assertEquals(List.copyOf(expectedReports.keySet()), rows.stream().map(row -> row.get("file")).toList());
        List<String> columns = ReportColumns.names();
        assertEquals(List.of("file", "format", "sha256", "pages", "title", "body", "year", "template", "duplicateOf",
                "duplicateBy", "anomalies.error", "anomalies.warning", "anomalies.info", "checks.pass", "checks.fail",
                "checks.notAssessable"), columns.subList(0, 16));
        assertEquals(16 + 29 + 26 * 7 + 15, columns.size());
        assertTrue(columns.containsAll(List.of("activeDisclosure.rules.issued", "activeDisclosure.rules.newlyMade",
                "activeDisclosure.fees.amount", "activeDisclosure.procurement.count",
                "applications.newlyReceived.total", "applications.otherNoFee.naturalPerson",
                "reviewLitigation.review.total", "reviewLitigation.litigationAfterReview.pending")));
    }

    @Test
    void csvCellsAreTheReportsValues() throws IOException {
        for (Map<String, String> row : TestCorpus.csv(out.resolve("reports.csv"), ReportColumns.names())) {
            Report report = expectedReports.get(row.get("file"));
            JsonNode json = JSON.readTree(ReportJson.write(report, false));
            assertEquals(report.source().format().name(), row.get("format"));
            assertEquals(report.source().sha256(), row.get("sha256"));
            assertEquals(report.info().body().orElse(""), row.get("body"));
            assertEquals(report.info().year().isPresent() ? String.valueOf(report.info().year().getAsInt()) : "",
                    row.get("year"));
            for (String table : List.of("activeDisclosure", "applications", "reviewLitigation")) {
                json.path(table).fields().forEachRemaining(r -> r.getValue().fields().forEachRemaining(cell -> {
                    String column = table + "." + r.getKey() + "." + cell.getKey();
                    String expected = cell.getValue().isNull() ? "" : cell.getValue().decimalValue().toPlainString();
                    assertEquals(expected, row.get(column), row.get("file") + " " + column);
                }));
            }
        }
    }

    @Test
    void csvCellsMatchTheFixturesExpectations() throws IOException {
        Map<String, Map<String, String>> rows = byFile(TestCorpus.csv(out.resolve("reports.csv"), ReportColumns.names()));
        Map<String, String> county = rows.get("fixtures/text/county-2022-rows-piped.txt");
        assertEquals("清河县人民政府", county.get("body"));
        assertEquals("2022", county.get("year"));
        assertEquals("2021", county.get("template"));
        assertEquals("TEXT", county.get("format"));
        assertEquals("113", county.get("applications.newlyReceived.total"));
        assertEquals("80", county.get("applications.newlyReceived.naturalPerson"));
        assertEquals("826.09", county.get("activeDisclosure.fees.amount"));
        assertEquals("", county.get("activeDisclosure.rules.newlyMade"), "a 2019 column of a 2021 report");
        Map<String, String> city = rows.get("fixtures/text/city-2019-template2019-cell-per-line-piped.txt");
        assertEquals("2019", city.get("template"));
        assertEquals("400", city.get("applications.newlyReceived.total"));
        assertEquals("", city.get("activeDisclosure.rules.issued"), "a 2021 column of a 2019 report");
        Map<String, String> broken = rows.get("fixtures/text/broken/not-reported-rules-repealed.txt");
        assertEquals("", broken.get("activeDisclosure.rules.repealed"), "not reported is empty, not zero");
        assertEquals("2", rows.get("fixtures/text/broken/applications-balance-broken.txt").get("anomalies.error"));
    }

    @Test
    void marksDuplicatesWithTheCopyTheyRepeat() throws IOException {
        Map<String, Map<String, String>> rows = byFile(TestCorpus.csv(out.resolve("reports.csv"), ReportColumns.names()));
        assertEquals(TestCorpus.SEED, rows.get(TestCorpus.SEED_COPY).get("duplicateOf"));
        assertEquals("sha256", rows.get(TestCorpus.SEED_COPY).get("duplicateBy"));
        assertEquals("", rows.get(TestCorpus.SEED).get("duplicateOf"));
        // Each text fixture and its pipe-text rendering are the same report in two files.
        for (String name : rows.keySet()) {
            if (name.startsWith("fixtures/text/") && name.endsWith(".pipe.txt")) {
                String plain = name.replace(".pipe.txt", ".txt");
                assertTrue(rows.get(name).get("duplicateOf").equals(plain)
                        || rows.get(plain).get("duplicateOf").equals(name), name);
            }
        }
        // A pinyin-annotated mirror copy is never the original of the same report.
        Map<String, String> mirror = rows.get("fixtures/text/broken/pinyin-mirror.txt");
        assertEquals("content", mirror.get("duplicateBy"));
        assertFalse(rows.get(mirror.get("duplicateOf")).get("duplicateOf").equals("fixtures/text/broken/pinyin-mirror.txt"));
        // Same tables but a section missing: not the same report.
        assertEquals("", rows.get("fixtures/text/broken/missing-section-five.txt").get("duplicateOf"));
    }

    @Test
    void listsEveryUnreadableFileWithItsReason() throws IOException {
        List<Map<String, String>> rows = TestCorpus.csv(out.resolve("errors.csv"), DatasetWriter.ERROR_COLUMNS);
        Map<String, String> reasons = rows.stream().collect(Collectors.toMap(row -> row.get("file"), row -> row.get("reason"),
                (a, b) -> a, TreeMap::new));
        assertEquals(expectedFailures, reasons);
        TestCorpus.UNREADABLE.forEach((name, reason) -> {
            assertTrue(reasons.containsKey(name), name);
            if (!reason.isEmpty()) {
                assertEquals(reason, reasons.get(name), name);
            }
        });
        for (Map<String, String> row : rows) {
            assertFalse(row.get("message").isBlank(), row.toString());
            assertFalse(row.get("message").contains(corpus.toString()), "messages name files by their corpus name");
        }
        assertEquals(64, byFile(rows).get("incoming/empty.txt").get("sha256").length(), "an empty file has a hash too");
    }

    @Test
    void writesOneAnomalyRowPerAnomalyWithItsLocation() throws IOException {
        List<Map<String, String>> rows = TestCorpus.csv(out.resolve("anomalies.csv"), DatasetWriter.ANOMALY_COLUMNS);
        int expected = Gongkai.builder().build().crossCheck(List.copyOf(expectedReports.values())).stream()
                .mapToInt(report -> report.anomalies().size()).sum();
        assertEquals(expected, rows.size());
        // The broken fixtures' expectations: file, code, count, table, row (empty: any), column.
        List<String> manifest = Files.readAllLines(TestCorpus.TESTDATA.resolve("text/broken/expected.tsv"));
        for (String line : manifest.subList(1, manifest.size())) {
            String[] field = line.split("\t", -1);
            String file = "fixtures/text/broken/" + field[0];
            long found = rows.stream().filter(row -> row.get("file").equals(file) && row.get("code").equals(field[1])
                    && row.get("table").equals(field[3]) && (field[4].isEmpty() || row.get("row").equals(field[4]))
                    && row.get("column").equals(field[5])).count();
            assertEquals(1, found, line);
        }
        Map<String, String> balance = rows.stream()
                .filter(row -> row.get("code").equals("APPLICATIONS_BALANCE") && row.get("file").startsWith("fixtures/text/"))
                .findFirst()
                .orElseThrow();
        assertEquals("error", balance.get("severity"));
        assertEquals("3", balance.get("section"));
        assertTrue(balance.get("origin").startsWith("line "), balance.toString());
        assertFalse(balance.get("expected").isEmpty() || balance.get("actual").isEmpty(), balance.toString());
    }

    @Test
    void writesOneJsonLinePerReportMarkingDuplicates() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("reports.jsonl"), StandardCharsets.UTF_8);
        assertEquals(expectedReports.size(), lines.size());
        List<String> files = new ArrayList<>();
        Map<String, JsonNode> byName = new HashMap<>();
        for (String line : lines) {
            JsonNode json = JSON.readTree(line);
            files.add(json.path("source").path("file").asText());
            byName.put(files.get(files.size() - 1), json);
            assertEquals(1, json.path("schemaVersion").asInt());
        }
        assertEquals(List.copyOf(expectedReports.keySet()), files);
        assertEquals(TestCorpus.SEED, byName.get(TestCorpus.SEED_COPY).path("duplicateOf").path("file").asText());
        JsonNode county = byName.get("fixtures/text/county-2022-rows-piped.pipe.txt");
        assertEquals(113, county.path("applications").path("newlyReceived").path("total").asInt());
    }

    @Test
    void writesUtf8WithByteOrderMarkForExcelWhenAsked() throws IOException {
        // A sample of each format has rows in every file: the whole corpus adds time, not cases.
        Path sample = temp.resolve("sample");
        TestCorpus.sample(sample);
        Path without = temp.resolve("no-bom");
        Path withBom = temp.resolve("bom");
        assertEquals(ExitCodes.UNREADABLE, TestCorpus.run("dataset", sample.toString(), "-o", without.toString(),
                "--quiet").exit());
        assertEquals(ExitCodes.UNREADABLE, TestCorpus.run("dataset", sample.toString(), "-o", withBom.toString(),
                "--bom", "--quiet").exit());
        for (String csv : List.of("reports.csv", "anomalies.csv", "errors.csv")) {
            byte[] bytes = Files.readAllBytes(withBom.resolve(csv));
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3), csv);
            assertArrayEquals(Files.readAllBytes(without.resolve(csv)), java.util.Arrays.copyOfRange(bytes, 3, bytes.length), csv);
        }
        assertEquals(Files.readString(without.resolve("reports.jsonl")), Files.readString(withBom.resolve("reports.jsonl")));
    }

    @Test
    void checksYearOverYearWhenTwoYearsOfOneBodyArePresent() throws IOException {
        Path years = temp.resolve("years");
        String report2022 = Files.readString(TestCorpus.TESTDATA.resolve("text/county-2022-rows-piped.txt"));
        Files.createDirectories(years.resolve("2023"));
        Files.writeString(years.resolve("2022.txt"), report2022);
        Files.writeString(years.resolve("2023/report.txt"), report2022.replace("2022", "2023"));
        Path output = temp.resolve("years-out");
        assertEquals(ExitCodes.OK, TestCorpus.run("dataset", years.toString(), "-o", output.toString(), "--quiet").exit());
        List<String> lines = Files.readAllLines(output.resolve("reports.jsonl"), StandardCharsets.UTF_8);
        JsonNode later = JSON.readTree(lines.get(1));
        assertEquals(2023, later.path("report").path("year").asInt());
        List<String> ids = new ArrayList<>();
        later.path("checks").forEach(check -> ids.add(check.path("id").asText()));
        assertTrue(ids.stream().anyMatch(id -> id.startsWith("corpus.")), ids.toString());
        assertFalse(JSON.readTree(lines.get(0)).path("checks").toString().contains("corpus."), "the first year has no predecessor");
    }

    private static Map<String, Map<String, String>> byFile(List<Map<String, String>> rows) {
        return rows.stream().collect(Collectors.toMap(row -> row.get("file"), row -> row, (a, b) -> a, TreeMap::new));
    }
}
