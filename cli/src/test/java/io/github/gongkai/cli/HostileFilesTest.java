package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.json.ReportColumns;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.GongkaiException.Reason;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
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
        assertEquals(List.of(), list(elsewhere), "nothing is written outside OUT");
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
    void linksInsideTheOutputFolderThatStayInsideItAreFollowed() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out/real"));
        Files.createSymbolicLink(temp.resolve("out/alias"), out);

        AtomicFiles.write(temp.resolve("out"), temp.resolve("out/alias/a.json"), o -> o.write('x'));

        assertEquals("x", Files.readString(out.resolve("a.json")));
    }

    @Test
    void namesThatAreNotUtf8GetOutputsOfTheirOwn() throws IOException, InterruptedException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        shell("cp \"$0\" \"$1/$(printf 'x\\377.txt')\" && cp \"$0\" \"$1/$(printf 'x\\376.txt')\"", SEED, corpus);
        Path out = temp.resolve("out");

        TestCorpus.Run convert = TestCorpus.run("convert", corpus.toString(), "-o", out.toString(), "--quiet");
        TestCorpus.Run dataset = TestCorpus.run("dataset", corpus.toString(), "-o", temp.resolve("data").toString(),
                "--quiet");

        assertEquals(ExitCodes.OK, convert.exit(), convert.err());
        assertEquals(new TreeSet<>(List.of("x\uFFFDFE.txt.json", "x\uFFFDFF.txt.json")), new TreeSet<>(list(out)));
        assertEquals(ExitCodes.OK, dataset.exit(), dataset.err());
        List<Map<String, String>> rows = TestCorpus.csv(temp.resolve("data/reports.csv"), ReportColumns.names());
        assertEquals(List.of("x\uFFFDFE.txt", "x\uFFFDFF.txt"), rows.stream().map(row -> row.get("file")).toList());
    }

    @Test
    void escapedNamesMapBackToTheirBytes() {
        assertEquals("x\uFFFDFF.txt", FileNames.escape(new byte[] {'x', (byte) 0xFF, '.', 't', 'x', 't'}));
        assertEquals("年报", FileNames.escape("年报".getBytes(StandardCharsets.UTF_8)));
        // GBK 年报 is C4EA B1A8: C4 starts a two-byte UTF-8 sequence that EA does not continue; EAB1A8 happens
        // to be valid UTF-8 (걨), and is kept as such: either way the bytes come back.
        assertEquals("\uFFFDC4\uAC68", FileNames.escape(HexFormat.of().parseHex("c4eab1a8")));
        // A name that really holds U+FFFD is escaped too, so that no two byte strings give one name.
        assertEquals("\uFFFDEF\uFFFDBF\uFFFDBDFF", FileNames.escape("\uFFFDFF".getBytes(StandardCharsets.UTF_8)));
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
    void fifosDevicesAndLinksToNothingAreUnreadableFilesNotSilence() throws IOException, InterruptedException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.copy(SEED, corpus.resolve("report.txt"));
        shell("mkfifo \"$1/pipe.txt\"", SEED, corpus);
        Files.createSymbolicLink(corpus.resolve("null.txt"), Path.of("/dev/null"));
        Files.createSymbolicLink(corpus.resolve("gone.txt"), corpus.resolve("missing.txt"));
        Path out = temp.resolve("out");

        TestCorpus.Run dataset = TestCorpus.run("dataset", corpus.toString(), "-o", out.toString());
        TestCorpus.Run fifo = TestCorpus.run("convert", corpus.resolve("pipe.txt").toString());
        TestCorpus.Run device = TestCorpus.run("convert", "/dev/null");

        assertEquals(ExitCodes.UNREADABLE, dataset.exit(), dataset.err());
        List<Map<String, String>> errors = TestCorpus.csv(out.resolve("errors.csv"), DatasetWriter.ERROR_COLUMNS);
        assertEquals(List.of("gone.txt", "null.txt", "pipe.txt"), errors.stream().map(row -> row.get("file")).toList());
        errors.forEach(row -> assertEquals("IO_ERROR", row.get("reason"), row.toString()));
        assertEquals(ExitCodes.UNREADABLE, fifo.exit(), fifo.err());
        assertTrue(fifo.err().contains("not a regular file"), fifo.err());
        assertEquals(ExitCodes.UNREADABLE, device.exit(), device.err());
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
    void namesThatSpreadsheetsWouldRunAreInertInEveryCsv() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.copy(SEED, corpus.resolve("@SUM(A1).txt"));
        Files.writeString(corpus.resolve("=cmd.txt"), "");
        Path out = temp.resolve("out");

        TestCorpus.Run run = TestCorpus.run("dataset", corpus.toString(), "-o", out.toString(), "--quiet");

        assertEquals(ExitCodes.UNREADABLE, run.exit(), run.err());
        assertTrue(Files.readString(out.resolve("reports.csv")).contains("\n'@SUM(A1).txt,"));
        assertTrue(Files.readString(out.resolve("errors.csv")).contains("\n'=cmd.txt,"));
        assertEquals("-3", CsvTable.inert("-3"));
        assertEquals("'-3+cmd|' /C calc'!A0", CsvTable.inert("-3+cmd|' /C calc'!A0"));
        assertEquals("'@x", CsvTable.inert("@x"));
    }

    @Test
    void theDatasetFilesComeWithTheirSumsAndARerunNoticesWhenTheyAreOutOfStep() throws IOException {
        Path out = temp.resolve("out");
        TestCorpus.run("dataset", SEED.toString(), "-o", out.toString(), "--quiet");
        List<String> sums = Files.readAllLines(out.resolve(DatasetWriter.MANIFEST));
        assertEquals(DatasetWriter.FILES, sums.stream().map(line -> line.substring(66)).toList());
        for (String line : sums) {
            assertEquals(line.substring(0, 64), InputReader.sha256(Files.readAllBytes(out.resolve(line.substring(66)))));
        }
        assertFalse(DatasetWriter.outOfStep(out));

        // As a run killed after replacing reports.jsonl and before reports.csv leaves them.
        Files.delete(out.resolve(DatasetWriter.MANIFEST));
        Files.writeString(out.resolve(DatasetWriter.REPORTS_JSONL), "");
        assertTrue(DatasetWriter.outOfStep(out));
        TestCorpus.Run rerun = TestCorpus.run("dataset", SEED.toString(), "-o", out.toString());

        assertTrue(rerun.err().contains("do not match their SHA256SUMS"), rerun.err());
        assertFalse(DatasetWriter.outOfStep(out));
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

    @Test
    void aFileThatRanOutOfMemoryIsNotKeptAsTooLargeForTheNextRun() {
        GongkaiException outOfMemory = new GongkaiException(Reason.TOO_LARGE, "big.docx", "more memory",
                new OutOfMemoryError("Java heap space"));
        GongkaiException overTheLimit = new GongkaiException(Reason.TOO_LARGE, "big.docx", "larger than 1 bytes");

        assertFalse(InputReader.lasting(Failure.of("big.docx", outOfMemory)), "a larger heap may read it");
        assertTrue(InputReader.lasting(Failure.of("big.docx", overTheLimit)));
        assertFalse(InputReader.lasting(new Failure("big.docx", Reason.TIMED_OUT, "took longer")));
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> !name.startsWith(".")).sorted().toList();
        }
    }

    /** Runs a shell command with the two paths as $0 and $1: for names and files Java cannot make. */
    private static void shell(String command, Path first, Path second) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sh", "-c", command, first.toString(), second.toString())
                .inheritIO().start();
        assertEquals(0, process.waitFor(), command);
    }
}
