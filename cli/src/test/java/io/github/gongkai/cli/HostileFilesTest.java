package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.json.ReportColumns;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.GongkaiException.Reason;
import io.github.gongkai.cli.output.OutputPaths;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a hostile corpus or output folder tries, and what convert and dataset do instead. */
class HostileFilesTest {
    private static final Path SEED = TestCorpus.TESTDATA.resolve("seed/000_a52c36ee9163b5ed.txt");

    @TempDir
    Path temp;

    @Test
    void convertNeverWritesThroughALinkInTheOutputFolder() throws IOException {
        Path corpus = temp.resolve("corpus");
        Files.createDirectories(corpus.resolve("sub"));
        Files.copy(SEED, corpus.resolve("sub/report.txt"));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.createSymbolicLink(out.resolve("sub"), elsewhere);

        TestCorpus.Run run = TestCorpus.run("convert", corpus.toString(), "-o", out.toString(), "--quiet");

        assertEquals(ExitCodes.OUTPUT_ERROR, run.exit(), run.err());
        assertTrue(run.err().contains("symbolic link"), run.err());
        assertEquals(List.of(), TestCorpus.list(elsewhere), "nothing is written outside OUT");
    }

    @Test
    void datasetNeverDeletesThroughALinkInTheOutputFolder() throws IOException {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere/old-build"));
        Files.writeString(elsewhere.resolve("precious.txt"), "keep me");
        Path out = Files.createDirectories(temp.resolve("out/.gongkai"));
        Files.createSymbolicLink(out.resolve("cache"), elsewhere.getParent());

        TestCorpus.Run run = TestCorpus.run("dataset", SEED.toString(), "-o", temp.resolve("out").toString(), "--quiet");

        assertEquals(ExitCodes.OUTPUT_ERROR, run.exit(), run.err());
        assertTrue(Files.exists(elsewhere.resolve("precious.txt")), "nothing outside OUT is deleted");
    }

    @Test
    void aNameAsLongAsTheFileSystemAllowsIsConverted() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        String name = "a".repeat(240) + ".txt";
        Files.copy(SEED, corpus.resolve(name));
        Path out = temp.resolve("out");

        TestCorpus.Run run = TestCorpus.run("convert", corpus.toString(), "-o", out.toString(), "--quiet");

        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(Files.isRegularFile(out.resolve(name + ".json")));
    }

    @Test
    void namesTooLongForTheirSuffixGetShortenedOutputsOfTheirOwn() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        // 83 Chinese characters and .txt are 253 bytes: the file fits, the file plus .json does not.
        String stem = "青山县人民政府政府信息公开工作年度报告".repeat(5).substring(0, 82);
        Files.copy(SEED, corpus.resolve(stem + "甲.txt"));
        Files.copy(SEED, corpus.resolve(stem + "乙.txt"));
        Path out = temp.resolve("out");

        TestCorpus.Run run = TestCorpus.run("convert", corpus.toString(), "-o", out.toString(), "--quiet");

        assertEquals(ExitCodes.OK, run.exit(), run.err());
        try (var outputs = Files.list(out)) {
            List<String> names = outputs.map(path -> path.getFileName().toString())
                    .filter(name -> !name.startsWith(".")).sorted().toList();
            assertEquals(2, names.size(), names.toString());
            assertTrue(names.stream().allMatch(name -> name.startsWith(stem.substring(0, 70)) && name.endsWith(".json")
                    && name.getBytes(StandardCharsets.UTF_8).length <= OutputPaths.MAX_NAME_BYTES), names.toString());
        }
    }

    @Test
    void controlCharactersInNamesAreEscapedOnStandardError() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("bad\nname\u001B[31m.txt"), "");

        TestCorpus.Run run = TestCorpus.run("convert", corpus.toString());

        assertTrue(run.err().contains("gongkai: bad\\nname\\u001B[31m.txt: "), run.err());
        assertFalse(run.err().contains("\u001B"), "no escape sequence reaches the terminal");
        assertEquals("a \\u202Eb\\tc", Printable.line("a \u202Eb\tc"));
    }

    @Test
    void anOutputThatCannotBeWrittenIsReportedBeforeTheCorpusIsRead() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out/reports.csv"));

        TestCorpus.Run run = TestCorpus.run("dataset", SEED.toString(), "-o", temp.resolve("out").toString());

        assertEquals(ExitCodes.OUTPUT_ERROR, run.exit(), run.err());
        assertFalse(run.err().contains("files:"), "no summary: nothing was read");
        assertFalse(Files.exists(out.getParent().resolve(".gongkai")), "nothing was parsed or kept");
    }

    @Test
    void standardOutputThatCannotBeWrittenIsAnOutputError() {
        Writer full = new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        };
        StringWriter err = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(full)).setErr(new PrintWriter(err))
                .execute("convert", SEED.toString());
        assertEquals(ExitCodes.OUTPUT_ERROR, exit, err.toString());

        PrintStream standard = System.out;
        System.setOut(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }));
        try {
            assertEquals(ExitCodes.OUTPUT_ERROR, Main.commandLine().setErr(new PrintWriter(err))
                    .execute("convert", SEED.toString()));
        } finally {
            System.setOut(standard);
        }
    }
}
