package io.github.gongkai.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import io.github.gongkai.Gongkai;
import io.github.gongkai.Limits;
import io.github.gongkai.json.ReportJson;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The identities as the proof-reader of a scan: every number read wrong is either corrected by them or
 * flagged by an anomaly on its row or its column, never passed on as if right.
 */
class ScanProofreadingTest {
    private static final Path TESTDATA = Path.of(System.getProperty("gongkai.testdata", "../testdata"));
    private static final Gongkai OCR = Gongkai.builder()
            .limits(Limits.DEFAULT.withMaxTimePerFile(Duration.ofMinutes(5))).build();
    private static final String[] TABLES = {"activeDisclosure", "applications", "reviewLitigation"};

    /**
     * The scans read: those at 150 dpi, where every wrong value must be corrected or flagged (the ruled
     * report, and table B across a page break with thousands separators); the ruled report at other
     * resolutions on demand ({@code -Dgongkai.proofreadDpi=150,200,300}), each taking tens of seconds.
     */
    static Stream<Arguments> scans() {
        Stream<Arguments> lattice = Arrays.stream(System.getProperty("gongkai.proofreadDpi", "150").split(","))
                .map(dpi -> Arguments.of("county-2023-lattice", Integer.parseInt(dpi.strip())));
        return Stream.concat(lattice, Stream.of(Arguments.of("district-2022-table-b-across-pages", 150)));
    }

    @ParameterizedTest(name = "{0} at {1} dpi")
    @MethodSource("scans")
    void everyWrongNumberIsCorrectedOrFlagged(String source, int dpi) throws Exception {
        assumeTrue(new TesseractRecognizer().available(), "Tesseract's chi_sim model is not installed");
        OperatingSystemMXBean system = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long start = System.nanoTime();
        long cpu = system.getProcessCpuTime();
        JsonNode report = new ObjectMapper().readTree(ReportJson.write(
                OCR.read(TESTDATA.resolve("scan/" + source + "-scan-" + dpi + "dpi.pdf")), true));
        double seconds = (System.nanoTime() - start) / 1e9;
        // Processor time, not wall time, is what one core would take: the machine may be busy with other work.
        double cpuSeconds = (system.getProcessCpuTime() - cpu) / 1e9;
        JsonNode expected = new ObjectMapper().readTree(TESTDATA.resolve("pdf/" + source + ".expected.json").toFile());
        Tally tally = tally(expected, report);
        System.out.printf(Locale.ROOT, "%s at %d dpi: %d numbers, %d right (%d of them corrected by the identities),"
                        + " %d wrong and flagged %s, %d wrong unflagged %s; %.1f s for %d pages, %.1f s of processor"
                        + " time%n", source, dpi, tally.total, tally.right, tally.corrected, tally.flagged.size(), tally.flagged,
                tally.unflagged.size(), tally.unflagged, seconds, report.path("source").path("pages").asInt(),
                cpuSeconds);
        assertEquals(List.of(), tally.unflagged, "wrong numbers with no anomaly on their row or column");
    }

    /** Counts for one scan. */
    private static final class Tally {
        private int total;
        private int right;
        private int corrected;
        private final List<String> flagged = new ArrayList<>();
        private final List<String> unflagged = new ArrayList<>();
    }

    private static Tally tally(JsonNode expected, JsonNode actual) {
        Tally tally = new Tally();
        for (String table : TABLES) {
            for (Iterator<Map.Entry<String, JsonNode>> rows = expected.path(table).fields(); rows.hasNext(); ) {
                Map.Entry<String, JsonNode> row = rows.next();
                for (Iterator<Map.Entry<String, JsonNode>> cells = row.getValue().fields(); cells.hasNext(); ) {
                    Map.Entry<String, JsonNode> cell = cells.next();
                    if (!cell.getValue().isNumber()) {
                        continue;
                    }
                    tally.total++;
                    JsonNode read = actual.path(table).path(row.getKey()).path(cell.getKey());
                    if (read.isNumber() && read.decimalValue().compareTo(cell.getValue().decimalValue()) == 0) {
                        tally.right++;
                        String reading = actual.path("provenance").path(table).path(row.getKey())
                                .path(cell.getKey()).path("reading").asText();
                        tally.corrected += reading.equals("proofread") ? 1 : 0;
                    } else {
                        JsonNode origin = actual.path("provenance").path(table).path(row.getKey()).path(cell.getKey());
                        String wrong = table + "." + row.getKey() + "." + cell.getKey() + "=" + read
                                + (origin.isMissingNode() ? "" : " \"" + origin.path("raw").asText() + "\" "
                                        + origin.path("state").asText());
                        (flagged(actual, table, row.getKey(), cell.getKey()) ? tally.flagged : tally.unflagged)
                                .add(wrong);
                    }
                }
            }
        }
        return tally;
    }

    /** Whether an anomaly names the cell's row or its column in its table (an identity over it, a missing row). */
    private static boolean flagged(JsonNode report, String table, String row, String column) {
        for (JsonNode anomaly : report.path("anomalies")) {
            JsonNode at = anomaly.path("location");
            if (at.path("table").asText().equals(table)
                    && (at.path("row").asText().equals(row) || at.path("column").asText().equals(column))) {
                return true;
            }
        }
        return false;
    }
}
