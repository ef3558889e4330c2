package io.github.gongkai;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.model.GongkaiException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Damaged copies of every fixture, through the whole facade: each gives a report or a
 * {@link GongkaiException} with a one-line message, within the time limit, and never anything else. The seed is fixed, so a
 * failure comes back on the next run; {@code -Dgongkai.fuzz.iterations=20000} runs longer (per format),
 * {@code -Dgongkai.fuzz.seed=N} explores elsewhere.
 */
@Tag("slow") // run by -P full (CI), not by a plain mvn verify
class FuzzTest {
    private static final int ITERATIONS = Integer.getInteger("gongkai.fuzz.iterations", 500);
    private static final long SEED = Long.getLong("gongkai.fuzz.seed", 20_260_125L);
    /** Tight enough to notice a parser that loops, loose enough for a shared, busy machine. */
    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);
    /** How far over the limit the watchdog may return: it waits for the limit, then gives up. */
    private static final Duration SLACK = Duration.ofSeconds(5);
    private static final Gongkai GONGKAI = Gongkai.builder()
            .limits(Limits.DEFAULT.withMaxTimePerFile(TIME_LIMIT).withMaxFileBytes(16L * 1024 * 1024)).build();

    @TestFactory
    Stream<DynamicTest> damagedFilesParseOrFailWithAReason() {
        return Stream.of("text", "md", "html", "pdf", "docx", "doc").map(format ->
                DynamicTest.dynamicTest(format, () -> fuzz(format)));
    }

    private static void fuzz(String format) throws IOException {
        Mutator mutator = new Mutator(SEED + format.hashCode(), seeds(format));
        List<String> failures = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        long slowest = 0;
        String slowestName = "";
        long started = System.nanoTime();
        for (int i = 0; i < ITERATIONS; i++) {
            Mutator.Mutant mutant = mutator.next();
            String name = String.format(Locale.ROOT, "%s-%05d-%s", format, i, mutant.kind());
            long start = System.nanoTime();
            try {
                GONGKAI.read(mutant.bytes(), name);
                outcomes.merge("REPORT", 1, Integer::sum);
            } catch (GongkaiException expected) {
                // A typed failure is one of the two allowed outcomes.
                outcomes.merge(expected.reason().name(), 1, Integer::sum);
                if (expected.getMessage().lines().count() != 1) {
                    failures.add(name + ": a message of more than one line: " + expected.getMessage());
                }
            } catch (Throwable e) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                failures.add(name + ": " + trace.toString().lines().limit(8).reduce((a, b) -> a + "\n  " + b).orElse(""));
            }
            long elapsed = System.nanoTime() - start;
            if (elapsed > slowest) {
                slowest = elapsed;
                slowestName = name;
            }
            if (elapsed > TIME_LIMIT.plus(SLACK).toNanos()) {
                failures.add(name + ": took " + elapsed / 1_000_000 + " ms");
            }
        }
        System.out.printf(Locale.ROOT, "fuzz %-5s %6d mutants in %6d ms, slowest %5d ms (%s), %d failures; %s%n", format,
                ITERATIONS, (System.nanoTime() - started) / 1_000_000, slowest / 1_000_000, slowestName, failures.size(),
                outcomes);
        assertTrue(failures.isEmpty(), failures.size() + " mutants broke the contract:\n"
                + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
    }

    /** The fixtures of a format: reports, not their renderings or expectations. */
    private static List<byte[]> seeds(String format) throws IOException {
        String extension = format.equals("text") ? ".txt" : "." + format;
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Fixtures.ROOT)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                boolean rendering = name.endsWith(".pipe.txt") || file.getParent().endsWith("hostile");
                if (name.endsWith(extension) && !rendering && Files.size(file) < 4 * 1024 * 1024) {
                    seeds.add(Files.readAllBytes(file));
                }
            }
        }
        assertTrue(!seeds.isEmpty(), "no " + format + " fixtures");
        return seeds;
    }
}
