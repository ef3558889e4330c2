package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.cli.corpus.Corpus;
import io.github.gongkai.cli.corpus.FileResult;
import io.github.gongkai.cli.corpus.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs do not depend on the number of workers, nor on whether the run was interrupted and resumed. */
class ResumeAndDeterminismTest {
    private static final List<String> DATASET = List.of("reports.jsonl", "reports.csv", "anomalies.csv", "errors.csv");

    @TempDir
    static Path temp;
    static Path corpus;
    static Path reference;

    @BeforeAll
    static void runUninterrupted() throws IOException {
        corpus = temp.resolve("corpus");
        TestCorpus.build(corpus);
        reference = temp.resolve("reference");
        assertEquals(ExitCodes.UNREADABLE, TestCorpus.run("dataset", corpus.toString(), "-o", reference.toString(),
                "-j", "1", "--quiet").exit());
    }

    @Test
    void oneAndTwoWorkersWriteByteIdenticalDatasets() throws IOException {
        Path two = temp.resolve("two-workers");
        assertEquals(ExitCodes.UNREADABLE, TestCorpus.run("dataset", corpus.toString(), "-o", two.toString(),
                "-j", "2", "--quiet").exit());
        assertSameDataset(reference, two);
    }

    @Test
    void oneAndTwoWorkersConvertToByteIdenticalTrees() throws IOException {
        Path one = temp.resolve("convert-one");
        Path two = temp.resolve("convert-two");
        TestCorpus.run("convert", corpus.toString(), "-o", one.toString(), "-j", "1", "--quiet");
        TestCorpus.run("convert", corpus.toString(), "-o", two.toString(), "-j", "2", "--quiet");
        Map<String, byte[]> first = jsonFiles(one);
        Map<String, byte[]> second = jsonFiles(two);
        assertEquals(first.keySet(), second.keySet());
        first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name));
    }

    @Test
    void aRunStoppedPartWayAndRunAgainWritesWhatAnUninterruptedRunWrites() throws Exception {
        Path output = temp.resolve("resumed");
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger done = new AtomicInteger();
        Progress stopAfterTen = new Progress() {
            @Override
            public void start(int total) {
            }

            @Override
            public void done(FileResult result) {
                if (done.incrementAndGet() == 10) {
                    stop.set(true);
                }
            }
        };
        RunOptions options = new RunOptions();
        options.jobs(2);
        Corpus stopped = Corpus.read(List.of(corpus), output, options.settings(), stopAfterTen, stop);
        assertTrue(stopped.stopped());
        // The tenth may be left out: the stop can be seen before its result is handed over.
        assertTrue(stopped.results().size() >= 9 && stopped.results().size() < stopped.total(),
                stopped.results().size() + " of " + stopped.total());
        // What a kill during a write would leave: a temporary file, and a damaged kept result.
        Files.writeString(output.resolve(".reports.csv.0f1e.partial"), "file,format\nhalf");
        Path kept;
        try (Stream<Path> files = Files.walk(output.resolve(".gongkai"))) {
            kept = files.filter(file -> file.toString().endsWith(".json.gz")).sorted().findFirst().orElseThrow();
        }
        Files.write(kept, new byte[] {31, -117, 8, 0});

        TestCorpus.Run rerun = TestCorpus.run("dataset", corpus.toString(), "-o", output.toString(), "-j", "2");

        assertEquals(ExitCodes.UNREADABLE, rerun.exit(), rerun.err());
        assertSameDataset(reference, output);
        assertFalse(Files.exists(output.resolve(".reports.csv.0f1e.partial")));
        assertTrue(notParsedAgain(rerun.err()) >= 9, rerun.err());
    }

    @Test
    void ctrlCStopsCleanlyWithTheSummaryAndTheNextRunGoesOn() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/kill")), "needs kill(1)");
        Path many = temp.resolve("many");
        String report = Files.readString(TestCorpus.TESTDATA.resolve("text/county-2022-rows-piped.txt"));
        for (int i = 0; i < 200; i++) {
            Path file = many.resolve(String.format("batch-%d/report-%03d.txt", i / 50, i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, report + "\n" + i + "\n", StandardCharsets.UTF_8);
        }
        Path output = temp.resolve("many-out");
        Path err = temp.resolve("many-err.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "dataset", many.toString(), "-o", output.toString(), "-j", "1")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (keptResults(output) < 3 && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(process.isAlive(), "the run ended before it could be interrupted");
            new ProcessBuilder("/bin/kill", "-INT", String.valueOf(process.pid())).start().waitFor();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "a stopped run ends");
        } finally {
            process.destroyForcibly();
        }
        String summary = Files.readString(err);
        assertEquals(ExitCodes.INTERRUPTED, process.exitValue(), summary);
        assertTrue(summary.contains("stopped after") && summary.contains("of 200 files"), summary);
        assertFalse(Files.exists(output.resolve("reports.csv")), "an interrupted run writes no partial dataset");
        int kept = keptResults(output);

        TestCorpus.Run rerun = TestCorpus.run("dataset", many.toString(), "-o", output.toString());

        assertEquals(ExitCodes.OK, rerun.exit(), rerun.err());
        assertTrue(notParsedAgain(rerun.err()) >= kept, rerun.err());
        assertEquals(201, Files.readAllLines(output.resolve("reports.csv")).size());
    }

    private static int keptResults(Path output) throws IOException {
        Path cache = output.resolve(".gongkai");
        if (!Files.isDirectory(cache)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(cache)) {
            return (int) files.filter(file -> file.toString().endsWith(".json.gz")).count();
        }
    }

    private static int notParsedAgain(String summary) {
        Matcher matcher = Pattern.compile("(\\d+) not parsed again").matcher(summary);
        assertTrue(matcher.find(), summary);
        return Integer.parseInt(matcher.group(1));
    }

    private static void assertSameDataset(Path expected, Path actual) throws IOException {
        for (String file : DATASET) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)), file);
        }
    }

    private static Map<String, byte[]> jsonFiles(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".json")).toList()) {
                files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
