package io.github.gongkai.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.gongkai.cli.DatasetRun;
import io.github.gongkai.json.ReportColumns;
import io.github.gongkai.model.Language;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark Dataset of a corpus against what {@code gongkai dataset} writes for the same files: every column
 * of {@code reports.csv}, every line of {@code reports.jsonl}, every anomaly of {@code anomalies.csv} and
 * every failure of {@code errors.csv}. One Spark session, in this JVM on two threads, serves every test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GongkaiSparkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path temp;
    private SparkSession spark;
    private Path corpus;
    private Path dataset;
    /** How Spark's paths start before the name {@code dataset} gives a file. */
    private String prefix;
    /** Spark's rows by the file's name in the dataset. */
    private Map<String, Row> rows;

    @BeforeAll
    void readBoth(@TempDir Path folder) throws IOException {
        temp = folder;
        corpus = temp.resolve("corpus");
        SparkCorpus.build(corpus);
        dataset = temp.resolve("dataset");
        int exit = DatasetRun.run("dataset", corpus.toString(), "-o", dataset.toString(), "--lang", "zh", "-j", "2",
                "--quiet");
        assertEquals(2, exit, "some files of the corpus are unreadable on purpose");
        spark = SparkSession.builder().master("local[2]").appName("gongkai test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        prefix = "file:" + corpus.toAbsolutePath() + "/";
        rows = new TreeMap<>();
        Dataset<Row> read = GongkaiSpark.reports(spark, corpus.toString()).persist();
        read.count();
        for (Row row : GongkaiSpark.crossChecked(read).collectAsList()) {
            String path = row.getString(0);
            assertTrue(path.startsWith(prefix), path);
            rows.put(path.substring(prefix.length()), row);
        }
        read.unpersist();
    }

    @AfterAll
    void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void everyFileIsOneRow() throws IOException {
        List<String> names = new ArrayList<>();
        csv("reports.csv").forEach(row -> names.add(row.get("file")));
        csv("errors.csv").forEach(row -> names.add(row.get("file")));
        assertEquals(names.stream().sorted().toList(), List.copyOf(rows.keySet()));
        assertTrue(csv("errors.csv").size() >= 8, "the hostile and broken files fail, as rows");
    }

    @Test
    void reportColumnsAreThoseOfReportsCsv() throws IOException {
        List<Map<String, String>> expected = csv("reports.csv");
        assertFalse(expected.isEmpty());
        for (Map<String, String> csvRow : expected) {
            Row row = rows.get(csvRow.get("file"));
            for (String column : ReportColumns.names().subList(1, ReportColumns.names().size())) {
                assertEquals(csvRow.get(column), text(row.get(row.fieldIndex(column))), csvRow.get("file") + " " + column);
            }
        }
    }

    @Test
    void jsonIsTheLineOfReportsJsonl() throws IOException {
        List<String> lines = Files.readAllLines(dataset.resolve("reports.jsonl"), StandardCharsets.UTF_8);
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            JsonNode expected = JSON.readTree(line);
            Row row = rows.get(expected.path("source").path("file").asText());
            assertEquals(expected, JSON.readTree(text(row.getAs("json"))), expected.path("source").path("file").asText());
        }
    }

    @Test
    void anomalyDetailsAreTheRowsOfAnomaliesCsv() throws IOException {
        Map<String, List<List<String>>> expected = new LinkedHashMap<>();
        for (Map<String, String> csvRow : csv("anomalies.csv")) {
            expected.computeIfAbsent(csvRow.get("file"), file -> new ArrayList<>())
                    .add(List.copyOf(csvRow.values()).subList(1, csvRow.size()));
        }
        int reports = 0;
        for (Map.Entry<String, Row> entry : rows.entrySet()) {
            Row row = entry.getValue();
            if (!row.isNullAt(row.fieldIndex("reason"))) {
                continue;
            }
            reports++;
            List<List<String>> actual = row.<Row>getList(row.fieldIndex("anomalyDetails")).stream()
                    .map(anomaly -> IntStream.range(0, anomaly.size())
                            .mapToObj(i -> text(anomaly.get(i))).toList())
                    .toList();
            assertEquals(expected.getOrDefault(entry.getKey(), List.of()), actual, entry.getKey());
        }
        assertTrue(reports > 30);
    }

    @Test
    void failuresAreTheRowsOfErrorsCsv() throws IOException {
        for (Map<String, String> csvRow : csv("errors.csv")) {
            Row row = rows.get(csvRow.get("file"));
            assertEquals(List.of(csvRow.get("sha256"), csvRow.get("reason"), csvRow.get("message")),
                    List.of(text(row.getAs("sha256")), text(row.getAs("reason")), text(row.getAs("message"))),
                    csvRow.get("file"));
            assertTrue(row.isNullAt(row.fieldIndex("format")) && row.isNullAt(row.fieldIndex("json")));
        }
    }

    @Test
    void crossReportFindingsAreThere() {
        // The copy's name sorts first, so the seed is the one marked.
        assertEquals(List.of(SparkCorpus.SEED_COPY, "sha256"),
                List.of(text(rows.get(SparkCorpus.SEED).getAs("duplicateOf")), rows.get(SparkCorpus.SEED).getAs("duplicateBy")));
        assertEquals(List.of("CARRY_OVER_MISMATCH", "AGGREGATE_MISMATCH"),
                List.of("CARRY_OVER_MISMATCH", "AGGREGATE_MISMATCH").stream().filter(code -> rows.values().stream()
                        .anyMatch(row -> String.valueOf((Object) row.getAs("json")).contains(code))).toList());
    }

    @Test
    void oneRegionsRowsAreNotMovedForItsFindings() {
        // Only what the one task of the checks found goes to the rows' tasks; the rows are not shuffled.
        String plan = GongkaiSpark.crossChecked(GongkaiSpark.reports(spark, corpus.resolve("seed").toString()))
                .queryExecution().executedPlan().toString();
        assertTrue(plan.contains("BroadcastHashJoin"), plan);
    }

    @Test
    void regionsAreCheckedApart() {
        // Together, the units of the aggregate fixture are byte-identical copies of those of its differing
        // twin in another folder; checked folder by folder, no report is a copy of one in another folder.
        String folder = "regexp_extract(%s, '/corpus/([^/]+)/', 1)";
        String acrossFolders = "duplicateOf IS NOT NULL AND " + folder.formatted("path") + " != " + folder.formatted("duplicateOf");
        assertTrue(rows.values().stream().anyMatch(row -> String.valueOf((Object) row.getAs("path")).contains("/text/corpus/aggregate/")
                && String.valueOf((Object) row.getAs("duplicateOf")).contains("/text/corpus/aggregate-differs/")));
        Dataset<Row> byFolder = GongkaiSpark.crossChecked(GongkaiSpark.reports(spark, corpus.resolve("text/corpus").toString()),
                functions.regexp_extract(functions.col("path"), "/corpus/([^/]+)/", 1), Language.ZH).persist();
        assertEquals(0, byFolder.where(acrossFolders).count());
        assertEquals(12, byFolder.count());
        byFolder.unpersist();
    }

    @Test
    void jobWritesParquetByYear() throws IOException {
        Path out = temp.resolve("job");
        ReportsJob.write(spark, corpus.resolve("text/corpus").toString(), out.toString(), true, Language.ZH,
                functions.lit(""));
        assertTrue(Files.isDirectory(out.resolve("reports/year=2022")));
        Dataset<Row> written = spark.read().parquet(out.toString() + "/reports");
        assertEquals(12, written.count());
        assertEquals(12, written.where("reason IS NULL AND year IN (2021, 2022)").count());
        assertTrue(Files.isDirectory(out.resolve("reports-csv/year=2022")));
        assertTrue(Files.isDirectory(out.resolve("anomalies-csv/year=2022")));
    }

    /** A value as the CSV files write it: nothing for null, numbers plain, paths as the dataset names files. */
    private String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return ReportColumns.plain(number);
        }
        return value.toString().replace(prefix, "");
    }

    private List<Map<String, String>> csv(String name) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(dataset.resolve(name).toFile())) {
            return it.readAll().stream().map(LinkedHashMap::new).collect(Collectors.toList());
        }
    }
}
