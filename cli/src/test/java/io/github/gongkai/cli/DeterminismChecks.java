package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.cli.corpus.Corpus;
import io.github.gongkai.cli.corpus.FileResult;
import io.github.gongkai.cli.corpus.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs do not depend on the number of workers, nor on whether the run was interrupted and resumed, over the
 * corpus a subclass builds: {@link ResumeAndDeterminismTest} a sample of each format, {@link
 * WholeCorpusDeterminismTest} every fixture.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DeterminismChecks {
    private static final List<String> DATASET = List.of("reports.jsonl", "reports.csv", "anomalies.csv", "errors.csv");

    /** A folder for the class's tests, the corpus and the reference run among them. */
    Path temp;
    Path corpus;
    Path reference;

    /** Builds the corpus the runs read under {@code folder}. */
    abstract void build(Path folder) throws IOException;

    @BeforeAll
    void runUninterrupted(@TempDir Path folder) throws IOException {
        temp = folder;
        corpus = temp.resolve("corpus");
        build(corpus);
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

    static int keptResults(Path output) throws IOException {
        Path cache = output.resolve(".gongkai");
        if (!Files.isDirectory(cache)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(cache)) {
            return (int) files.filter(file -> file.toString().endsWith(".json.gz")).count();
        }
    }

    static int notParsedAgain(String summary) {
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
