package io.github.gongkai.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gongkai.document.Origin;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.Language;
import io.github.gongkai.model.Location;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Writes the dataset of a corpus into a folder, each file atomically: {@code reports.jsonl} (one report's
 * JSON per line), {@code reports.csv} (one row per report, see {@link ReportColumns}), {@code anomalies.csv}
 * (one row per anomaly) and {@code errors.csv} (one row per file that could not be read). Rows follow the
 * files' names, so the dataset is the same for any number of workers.
 */
final class DatasetWriter {
    static final String REPORTS_JSONL = "reports.jsonl";
    static final String REPORTS_CSV = "reports.csv";
    static final String ANOMALIES_CSV = "anomalies.csv";
    static final String ERRORS_CSV = "errors.csv";

    static final List<String> ANOMALY_COLUMNS = List.of("file", "code", "severity", "section", "table", "row",
            "column", "origin", "expected", "actual", "message", "quote");
    static final List<String> ERROR_COLUMNS = List.of("file", "sha256", "reason", "message");

    private static final ObjectMapper JSON = new ObjectMapper();

    private DatasetWriter() {
    }

    /**
     * @param byteOrderMark whether the CSV files start with a UTF-8 byte order mark, which Excel needs to
     *                      read them as UTF-8
     * @param language      the language of anomaly messages
     */
    static void write(Corpus corpus, Path folder, boolean byteOrderMark, Language language) throws IOException {
        AtomicFiles.writeText(folder.resolve(REPORTS_JSONL), false, out -> {
            for (FileResult result : corpus.reports()) {
                ObjectNode tree = ReportJson.tree(result.report().orElseThrow(), false, language);
                result.duplicate().ifPresent(duplicate ->
                        tree.putObject("duplicateOf").put("file", duplicate.file()).put("by", duplicate.by()));
                out.write(JSON.writeValueAsString(tree));
                out.write('\n');
            }
        });
        AtomicFiles.writeText(folder.resolve(REPORTS_CSV), byteOrderMark, out -> {
            try (CsvTable table = new CsvTable(out, ReportColumns.names())) {
                for (FileResult result : corpus.reports()) {
                    table.row(ReportColumns.row(result));
                }
            }
        });
        AtomicFiles.writeText(folder.resolve(ANOMALIES_CSV), byteOrderMark, out -> {
            try (CsvTable table = new CsvTable(out, ANOMALY_COLUMNS)) {
                for (FileResult result : corpus.reports()) {
                    for (Anomaly anomaly : result.report().orElseThrow().anomalies()) {
                        table.row(anomalyRow(result.name(), anomaly, language));
                    }
                }
            }
        });
        AtomicFiles.writeText(folder.resolve(ERRORS_CSV), byteOrderMark, out -> {
            try (CsvTable table = new CsvTable(out, ERROR_COLUMNS)) {
                for (FileResult result : corpus.failures()) {
                    Failure failure = result.failure().orElseThrow();
                    table.row(List.of(result.name(), result.sha256(), failure.reason().name(), failure.message()));
                }
            }
        });
    }

    private static List<String> anomalyRow(String file, Anomaly anomaly, Language language) {
        Location location = anomaly.location();
        return Arrays.asList(file, anomaly.code().name(), anomaly.severity().key(),
                location.section() > 0 ? String.valueOf(location.section()) : "", location.table(), location.row(),
                location.column(), location.origin() == Origin.UNKNOWN ? "" : location.origin().describe(),
                number(anomaly.expected()), number(anomaly.actual()), anomaly.message().in(language), anomaly.quote());
    }

    private static String number(Optional<BigDecimal> number) {
        return number.map(ReportColumns::plain).orElse("");
    }
}
