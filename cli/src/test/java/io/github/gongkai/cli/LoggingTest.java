package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/**
 * PDFBox logs an ERROR line for a page tree that leads back to itself, a file it still reads. Such lines
 * break the progress bar and ignore {@code --quiet}: they are printed only with {@code --verbose}. Logging is
 * set up once per JVM, so each run is a process of its own.
 */
class LoggingTest {
    private static final Path CYCLIC = TestCorpus.TESTDATA.resolve("hostile/cyclic-page-tree.pdf");
    /** A thread per process reading its standard error, so that none blocks on a full pipe. */
    private static final Executor READERS = runnable -> new Thread(runnable, "stderr-reader").start();

    @Test
    void libraryLogLinesAppearOnlyWithVerbose() throws Exception {
        // The three processes run at once: most of each one's time is starting a JVM.
        CompletableFuture<String> plain = stderr("check", CYCLIC.toString());
        CompletableFuture<String> verbose = stderr("check", CYCLIC.toString(), "--verbose");
        CompletableFuture<String> quiet = stderr("check", CYCLIC.toString(), "--quiet");
        assertEquals(List.of("gongkai: cyclic-page-tree.pdf: no annual report found: no numbered sections and none of"
                + " the report's tables [NO_REPORT]"), plain.get().lines().toList());
        assertTrue(verbose.get().contains("ERROR org.apache.pdfbox"), verbose.get());
        assertFalse(quiet.get().contains("pdfbox"));
    }

    /** What a process of its own prints on standard error, once it has ended. */
    private static CompletableFuture<String> stderr(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return CompletableFuture.supplyAsync(() -> {
            try {
                String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                process.waitFor();
                return err;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, READERS);
    }
}
