package io.github.gongkai.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.model.Format;
import io.github.gongkai.model.Language;
import io.github.gongkai.model.Report;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The time a view adds to parsing, per report: the first PDF, HTML and Word fixtures and the seed, parsed once, then
 * its view written (pictures included) after one warm-up round. Processor time, not wall time, which on a shared
 * machine measures the other load: the table goes to {@code target/view-timings.txt}.
 */
class ViewTimingTest {
    /** Files timed per folder: enough for a median, few enough to keep the module's test time short. */
    private static final int SAMPLE = 10;

    @Test
    void aViewIsWrittenInUnder300MillisecondsPerReport() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Fixtures.SEED));
        for (String folder : List.of("pdf", "html", "docx")) {
            try (Stream<Path> listed = Files.list(Fixtures.TESTDATA.resolve(folder))) {
                listed.filter(f -> f.toString().matches(".*\\.(pdf|html|docx|doc)$")).sorted().limit(SAMPLE)
                        .forEach(files::add);
            }
        }
        Map<Path, Report> reports = new TreeMap<>();
        for (Path file : files) {
            try {
                reports.put(file, Fixtures.read(file));
            } catch (IllegalStateException notAReport) {
                // Scans and other files that are no report have no view to time.
            }
        }
        reports.forEach(ViewTimingTest::time);
        Map<Format, List<Long>> viewing = new TreeMap<>();
        reports.forEach((file, report) -> viewing.computeIfAbsent(report.source().format(), f -> new ArrayList<>())
                .add(time(file, report)));
        StringBuilder table = new StringBuilder("format\treports\tmedian ms\tmax ms\n");
        viewing.forEach((format, times) -> table.append(String.format(Locale.ROOT, "%s\t%d\t%.1f\t%.1f%n",
                format, times.size(), median(times) / 1e6, times.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6)));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "view-timings.txt"), "processor time per report\n" + table);
        viewing.forEach((format, times) -> assertTrue(median(times) < 300_000_000L,
                () -> format + ": median view time over 300 ms\n" + table));
    }

    private static long median(List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** The processor time of writing one view: wall time says more about the machine's other load. */
    private static long time(Path file, Report report) {
        long start = cpu();
        try (Writer out = Writer.nullWriter()) {
            ReportView.write(report, file, Language.ZH, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return cpu() - start;
    }
}
