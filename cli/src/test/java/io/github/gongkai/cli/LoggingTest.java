package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PDFBox logs an ERROR line for a page tree that leads back to itself, a file it still reads. Such lines
 * break the progress bar and ignore {@code --quiet}: they are printed only with {@code --verbose}. Logging is
 * set up once per JVM, so each run is a process of its own.
 */
class LoggingTest {
    private static final Path CYCLIC = TestCorpus.TESTDATA.resolve("hostile/cyclic-page-tree.pdf");

    @Test
    void libraryLogLinesAppearOnlyWithVerbose() throws Exception {
        String plain = stderr("check", CYCLIC.toString());
        assertEquals(List.of("gongkai: cyclic-page-tree.pdf: no annual report found: no numbered sections and none of"
                + " the report's tables [NO_REPORT]"), plain.lines().toList());
        String verbose = stderr("check", CYCLIC.toString(), "--verbose");
        assertTrue(verbose.contains("ERROR org.apache.pdfbox"), verbose);
        assertFalse(stderr("check", CYCLIC.toString(), "--quiet").contains("pdfbox"));
    }

    private static String stderr(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return err;
    }
}
