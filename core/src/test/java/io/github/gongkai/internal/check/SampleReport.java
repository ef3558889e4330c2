package io.github.gongkai.internal.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongkai.document.PipeText;
import io.github.gongkai.internal.pipeline.Pipeline;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A clean county report from the text fixtures (清河县人民政府, 2022), its numbers, and the findings of one rule
 * on it or on an edited copy.
 */
final class SampleReport {
    private static final Path FOLDER = Path.of(System.getProperty("gongkai.testdata", "../testdata"), "text");
    private static final String NAME = "county-2022-rows-piped";

    private SampleReport() {
    }

    /**
     * The report's text, one table row per line, without the empty cells merged cells leave at a row's end, so
     * that the strict {@link PipeText} reads it.
     */
    static String text() {
        try {
            return Files.readString(FOLDER.resolve(NAME + ".pipe.txt"), StandardCharsets.UTF_8)
                    .replaceAll("(?m) \\|[ |]*\\|$", " |");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The numbers the report was made from, in the JSON contract's shape. */
    static JsonNode numbers() {
        try {
            return new ObjectMapper().readTree(FOLDER.resolve(NAME + ".expected.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A number of the report: {@code number("applications", "newlyReceived", "total")}. */
    static int number(String table, String row, String column) {
        return numbers().path(table).path(row).path(column).intValue();
    }

    /** The report a text maps to. */
    static Report report(String text, String url) {
        try {
            return Pipeline.run(PipeText.read(text), new Source("sample.txt", Format.TEXT, "", 0, url, List.of()));
        } catch (GongkaiException e) {
            throw new AssertionError(e);
        }
    }

    /** What one rule finds in a text. */
    static Findings findings(String text, Rule rule) {
        return findings(report(text, ""), new Observations(false, List.of(), List.of()), rule);
    }

    /** What one rule finds in a report, given what the mapping saw. */
    static Findings findings(Report report, Observations observations, Rule rule) {
        Findings findings = new Findings();
        rule.check(ReportContext.of(report, observations), findings);
        return findings;
    }

    /** The codes of the anomalies found. */
    static List<AnomalyCode> codes(Findings findings) {
        return findings.anomalies().stream().map(Anomaly::code).toList();
    }
}
