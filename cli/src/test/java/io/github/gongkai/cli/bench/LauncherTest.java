package io.github.gongkai.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.cli.TestCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/gongkai} starts a short run (a few files, no folder) with the short-run JVM options, the same that
 * {@code bench} measures its whole-process convert with, and a long one with the JVM's defaults.
 */
class LauncherTest {
    private static final Path LAUNCHER = TestCorpus.TESTDATA.resolveSibling("bin").resolve("gongkai");

    @TempDir
    Path temp;

    @Test
    void aShortRunGetsTheShortRunOptions() throws Exception {
        assertTrue(options("convert", "a.html").containsAll(Targets.SHORT_RUN));
        assertTrue(options("check", "a.pdf", "b.pdf", "-o", temp.toString()).containsAll(Targets.SHORT_RUN),
                "the output folder is not an input");
        assertTrue(options("convert", "--help").containsAll(Targets.SHORT_RUN));
    }

    @Test
    void aCollectorChosenInJavaOptsIsTheOnlyOne() throws Exception {
        List<String> options = options(Map.of("JAVA_OPTS", "-XX:+UseParallelGC"), "convert", "a.html");
        assertTrue(options.contains("-XX:+UseParallelGC") && options.contains(Targets.SHORT_RUN.get(0)), options.toString());
        assertFalse(options.contains("-XX:+UseSerialGC"), options.toString());
    }

    @Test
    void aLongRunKeepsTheDefaults() throws Exception {
        List<String> many = new ArrayList<>(List.of("convert"));
        for (int i = 0; i < 20; i++) {
            many.add("report-" + i + ".html");
        }
        for (List<String> args : List.of(List.of("convert", temp.toString()), List.of("dataset", "a.html", "-o", "out"),
                List.of("bench", "--target", "page=a.html"), many)) {
            List<String> options = options(args.toArray(String[]::new));
            assertFalse(options.contains(Targets.SHORT_RUN.get(0)), args + ": " + options);
            assertTrue(options.contains("-jar"), options.toString());
        }
    }

    /** The JVM options the launcher passes, read from a stand-in {@code java} that prints its arguments. */
    private List<String> options(String... args) throws IOException, InterruptedException {
        return options(Map.of(), args);
    }

    private List<String> options(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        Path java = Files.createDirectories(temp.resolve("jdk/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", temp.resolve("jdk").toString());
        builder.environment().remove("JAVA_OPTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        List<String> printed = out.lines().toList();
        return printed.subList(0, printed.indexOf("-jar") + 1);
    }
}
