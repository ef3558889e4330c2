package io.github.gongkai.cli.dataset;

import io.github.gongkai.cli.corpus.Corpus;
import io.github.gongkai.cli.corpus.Failure;
import io.github.gongkai.cli.corpus.FileResult;
import io.github.gongkai.cli.output.AtomicFiles;
import io.github.gongkai.cli.output.OutputPaths;
import io.github.gongkai.document.Origin;
import io.github.gongkai.json.ReportColumns;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.Language;
import io.github.gongkai.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the dataset of a corpus into a folder, each file atomically: {@code reports.jsonl} (one report's
 * JSON per line), {@code reports.csv} (one row per report, see {@link ReportColumns}), {@code anomalies.csv}
 * (one row per anomaly) and {@code errors.csv} (one row per file that could not be read). Rows follow the
 * files' names, so the dataset is the same for any number of workers.
 *
 * <p>The four files are replaced one after the other; {@code SHA256SUMS}, the SHA-256 of each in the format
 * {@code sha256sum -c} reads, is removed first and written last, so that the four files belong together
 * exactly when it is there and matches them. A run that finds them out of step says so and writes them all.
 */
public final class DatasetWriter {
    static final String REPORTS_JSONL = "reports.jsonl";
    static final String REPORTS_CSV = "reports.csv";
    static final String ANOMALIES_CSV = "anomalies.csv";
    static final String ERRORS_CSV = "errors.csv";
    public static final String MANIFEST = "SHA256SUMS";
    static final List<String> FILES = List.of(REPORTS_JSONL, REPORTS_CSV, ANOMALIES_CSV, ERRORS_CSV);

    static final List<String> ANOMALY_COLUMNS = List.of("file", "code", "severity", "section", "table", "row",
            "column", "origin", "expected", "actual", "message", "quote");
    static final List<String> ERROR_COLUMNS = List.of("file", "sha256", "reason", "message");


    private DatasetWriter() {
    }

    /**
     * @param byteOrderMark whether the CSV files start with a UTF-8 byte order mark, which Excel needs to
     *                      read them as UTF-8
     * @param language      the language of anomaly messages
     */
    public static void write(Corpus corpus, Path folder, boolean byteOrderMark, Language language) throws IOException {
        Files.deleteIfExists(OutputPaths.inside(folder, folder.resolve(MANIFEST)));
        Map<String, String> sums = new LinkedHashMap<>();
        sums.put(REPORTS_JSONL, AtomicFiles.writeText(folder, folder.resolve(REPORTS_JSONL), false, out -> {
            for (FileResult result : corpus.reports()) {
                out.write(ReportJson.datasetLine(result.report().orElseThrow(), language, result.duplicate()));
                out.write('\n');
            }
        }));
        sums.put(REPORTS_CSV, AtomicFiles.writeText(folder, folder.resolve(REPORTS_CSV), byteOrderMark, out -> {
            try (CsvTable table = new CsvTable(out, ReportColumns.names())) {
                for (FileResult result : corpus.reports()) {
                    table.row(ReportColumns.row(new ReportColumns.Row(result.name(), result.sha256(),
                            result.report().orElseThrow(), result.duplicate())));
                }
            }
        }));
        sums.put(ANOMALIES_CSV, AtomicFiles.writeText(folder, folder.resolve(ANOMALIES_CSV), byteOrderMark, out -> {
            try (CsvTable table = new CsvTable(out, ANOMALY_COLUMNS)) {
                for (FileResult result : corpus.reports()) {
                    for (Anomaly anomaly : result.report().orElseThrow().anomalies()) {
                        table.row(anomalyRow(result.name(), anomaly, language));
                    }
                }
            }
        }));
        sums.put(ERRORS_CSV, AtomicFiles.writeText(folder, folder.resolve(ERRORS_CSV), byteOrderMark, out -> {
            try (CsvTable table = new CsvTable(out, ERROR_COLUMNS)) {
                for (FileResult result : corpus.failures()) {
                    Failure failure = result.failure().orElseThrow();
                    table.row(List.of(result.name(), result.sha256(), failure.reason().name(), failure.message()));
                }
            }
        }));
        AtomicFiles.writeText(folder, folder.resolve(MANIFEST), false, out -> {
            for (Map.Entry<String, String> sum : sums.entrySet()) {
                out.write(sum.getValue() + "  " + sum.getKey() + "\n");
            }
        });
    }

    /**
     * Checks, before a run, that the dataset files can be replaced: each is a file (or absent) inside the
     * folder, not a folder or a link leading out of it.
     */
    public static void checkTargets(Path folder) throws IOException {
        for (String name : Stream.concat(FILES.stream(), Stream.of(MANIFEST)).toList()) {
            Path target = folder.resolve(name);
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(target + " is a folder, where the dataset has a file");
            }
            if (Files.isDirectory(folder)) {
                OutputPaths.inside(folder, target);
            }
        }
    }

    /**
     * Whether a dataset in the folder is out of step: some of its files are there, but {@code SHA256SUMS} is
     * missing or does not match them, as when a run was killed while writing them or a file was changed
     * since.
     */
    public static boolean outOfStep(Path folder) throws IOException {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return FILES.stream().anyMatch(name -> Files.exists(folder.resolve(name)));
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            int space = line.indexOf("  ");
            if (space > 0) {
                expected.put(line.substring(space + 2), line.substring(0, space));
            }
        }
        if (!expected.keySet().equals(Set.copyOf(FILES))) {
            return true;
        }
        for (String name : FILES) {
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file) || !expected.get(name).equals(sha256(file))) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = AtomicFiles.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
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
