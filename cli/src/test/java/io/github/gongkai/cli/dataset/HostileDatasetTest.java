package io.github.gongkai.cli.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.json.ReportColumns;
import io.github.gongkai.cli.ExitCodes;
import io.github.gongkai.cli.TestCorpus;
import io.github.gongkai.cli.output.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a hostile corpus tries on the dataset's files, and what they hold instead. */
class HostileDatasetTest {
    private static final Path SEED = TestCorpus.TESTDATA.resolve("seed/000_a52c36ee9163b5ed.txt");

    @TempDir
    Path temp;

    @Test
    void namesThatAreNotUtf8GetOutputsOfTheirOwn() throws IOException, InterruptedException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        shell("cp \"$0\" \"$1/$(printf 'x\\377.txt')\" && cp \"$0\" \"$1/$(printf 'x\\376.txt')\"", SEED, corpus);
        Path out = temp.resolve("out");

        TestCorpus.Run convert = TestCorpus.run("convert", corpus.toString(), "-o", out.toString(), "--quiet");
        TestCorpus.Run dataset = TestCorpus.run("dataset", corpus.toString(), "-o", temp.resolve("data").toString(),
                "--quiet");

        assertEquals(ExitCodes.OK, convert.exit(), convert.err());
        assertEquals(new TreeSet<>(List.of("x\uFFFDFE.txt.json", "x\uFFFDFF.txt.json")), new TreeSet<>(TestCorpus.list(out)));
        assertEquals(ExitCodes.OK, dataset.exit(), dataset.err());
        List<Map<String, String>> rows = TestCorpus.csv(temp.resolve("data/reports.csv"), ReportColumns.names());
        assertEquals(List.of("x\uFFFDFE.txt", "x\uFFFDFF.txt"), rows.stream().map(row -> row.get("file")).toList());
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
            assertEquals(line.substring(0, 64), HexFormat.of().formatHex(AtomicFiles.sha256().digest(Files.readAllBytes(out.resolve(line.substring(66))))));
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

    /** Runs a shell command with the two paths as $0 and $1: for names and files Java cannot make. */
    private static void shell(String command, Path first, Path second) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sh", "-c", command, first.toString(), second.toString())
                .inheritIO().start();
        assertEquals(0, process.waitFor(), command);
    }
}
