package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Outputs do not depend on the number of workers, nor on whether the run was interrupted and resumed, over a
 * sample of each format (every fixture: {@link WholeCorpusDeterminismTest}, with {@code -P full}); Ctrl-C ends a
 * run cleanly.
 */
class ResumeAndDeterminismTest extends DeterminismChecks {
    @Override
    void build(Path folder) throws IOException {
        TestCorpus.sample(folder);
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
}
