package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai convert} over folders: a JSON file per report under OUT, mirroring the input tree. */
class ConvertCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void writesOneJsonPerReportMirroringTheInputTreeAndNothingForUnreadableFiles() throws IOException {
        TestCorpus.Shared shared = TestCorpus.shared();
        Path corpus = shared.folder();
        Map<String, byte[]> before = contents(corpus);
        Path out = temp.resolve("out");

        TestCorpus.Run run = TestCorpus.run("convert", corpus.toString(), "-o", out.toString(), "-j", "2");

        assertEquals(ExitCodes.UNREADABLE, run.exit());
        TreeSet<String> expected = new TreeSet<>();
        shared.reports().keySet().forEach(name -> expected.add(name + ".json"));
        shared.failures().keySet().forEach(name ->
                assertTrue(run.err().contains("gongkai: " + name + ": "), name + " is named on standard error"));
        assertEquals(expected, new TreeSet<>(contents(out).keySet()));
        JsonNode county = JSON.readTree(out.resolve("fixtures/text/county-2022-rows-piped.txt.json").toFile());
        assertEquals("fixtures/text/county-2022-rows-piped.txt", county.path("source").path("file").asText());
        assertEquals(113, county.path("applications").path("newlyReceived").path("total").asInt());
        assertEquals(before.keySet(), contents(corpus).keySet(), "no input is added or removed");
        Map<String, byte[]> after = contents(corpus);
        before.forEach((name, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(name)), name));
    }

    @Test
    void aRerunParsesNothingAgainAndRewritesNothing() throws IOException {
        aRerunParsesNothingAgainAndRewritesNothing(TestCorpus::sample);
    }

    @Test
    @Tag("slow")
    void aRerunOfTheWholeCorpusParsesNothingAgainAndRewritesNothing() throws IOException {
        aRerunParsesNothingAgainAndRewritesNothing(TestCorpus::build);
    }

    private void aRerunParsesNothingAgainAndRewritesNothing(TestCorpus.Builder builder) throws IOException {
        Path corpus = temp.resolve("corpus");
        builder.build(corpus);
        Path out = temp.resolve("out");
        TestCorpus.run("convert", corpus.toString(), "-o", out.toString(), "--quiet");
        Path county = out.resolve("fixtures/text/county-2022-rows-piped.txt.json");
        FileTime written = FileTime.fromMillis(0);
        Files.setLastModifiedTime(county, written);

        TestCorpus.Run rerun = TestCorpus.run("convert", corpus.toString(), "-o", out.toString());

        assertTrue(rerun.err().matches("(?s).*gongkai: (\\d+) files: .* (\\1) not parsed again.*"), rerun.err());
        assertEquals(written, Files.getLastModifiedTime(county), "a current output is left as it is");
    }

    @Test
    void neverReadsItsOwnOutputWhenItLiesInsideAnInputFolder() throws IOException {
        neverReadsItsOwnOutputWhenItLiesInsideAnInputFolder(TestCorpus::sample);
    }

    @Test
    @Tag("slow")
    void neverReadsItsOwnOutputWhenItLiesInsideAFolderOfTheWholeCorpus() throws IOException {
        neverReadsItsOwnOutputWhenItLiesInsideAnInputFolder(TestCorpus::build);
    }

    private void neverReadsItsOwnOutputWhenItLiesInsideAnInputFolder(TestCorpus.Builder builder) throws IOException {
        Path corpus = temp.resolve("corpus");
        List<String> names = builder.build(corpus);
        Path out = corpus.resolve("converted");
        TestCorpus.Run first = TestCorpus.run("convert", corpus.toString(), "-o", out.toString());
        TestCorpus.Run second = TestCorpus.run("convert", corpus.toString(), "-o", out.toString());
        assertTrue(first.err().contains("gongkai: " + names.size() + " files:"), first.err());
        assertTrue(second.err().contains("gongkai: " + names.size() + " files:"), second.err());
        assertFalse(Files.exists(out.resolve("converted")));
    }

    @Test
    void namesFilesOfSeveralInputsByTheirRootsMadeUnique() throws IOException {
        Path seed = TestCorpus.TESTDATA.resolve("seed/000_a52c36ee9163b5ed.txt");
        Path a = temp.resolve("a/reports");
        Path b = temp.resolve("b/reports");
        Files.createDirectories(a.resolve("town"));
        Files.createDirectories(b);
        Files.copy(seed, a.resolve("town/seed.txt"));
        Files.copy(seed, b.resolve("seed.txt"));
        Path out = temp.resolve("out");

        assertEquals(ExitCodes.OK, TestCorpus.run("convert", a.toString(), b.toString(), seed.toString(),
                "-o", out.toString(), "--quiet").exit());

        assertEquals(List.of("000_a52c36ee9163b5ed.txt.json", "reports/town/seed.txt.json", "reports~2/seed.txt.json"),
                List.copyOf(contents(out).keySet()));
    }

    @Test
    void printsOneFileAsJsonAndSeveralAsJsonLines() throws IOException {
        Path seed = TestCorpus.TESTDATA.resolve("seed/000_a52c36ee9163b5ed.txt");
        TestCorpus.Run one = TestCorpus.run("convert", seed.toString());
        assertEquals(ExitCodes.OK, one.exit());
        assertEquals("", one.err(), "no summary for a single file");
        assertEquals("000_a52c36ee9163b5ed.txt", JSON.readTree(one.out()).path("source").path("file").asText());

        Path folder = temp.resolve("two");
        Files.createDirectories(folder);
        Files.copy(seed, folder.resolve("a.txt"));
        Files.copy(TestCorpus.TESTDATA.resolve("text/county-2022-rows-piped.txt"), folder.resolve("b.txt"));
        TestCorpus.Run two = TestCorpus.run("convert", folder.toString(), "--quiet");
        List<String> lines = two.out().lines().toList();
        assertEquals(2, lines.size());
        assertEquals("a.txt", JSON.readTree(lines.get(0)).path("source").path("file").asText());
        assertEquals("b.txt", JSON.readTree(lines.get(1)).path("source").path("file").asText());
    }

    @Test
    void reportsUsageErrorsAndUnwritableOutputs() throws IOException {
        Path seed = TestCorpus.TESTDATA.resolve("seed/000_a52c36ee9163b5ed.txt");
        assertEquals(ExitCodes.USAGE, TestCorpus.run("convert", seed.toString(), "-j", "0").exit());
        assertEquals(ExitCodes.USAGE, TestCorpus.run("convert", temp.resolve("missing").toString()).exit());
        assertEquals(ExitCodes.USAGE, TestCorpus.run("dataset", seed.toString()).exit(), "dataset needs -o");
        Path inside = Files.createDirectories(temp.resolve("out/incoming"));
        assertEquals(ExitCodes.USAGE, TestCorpus.run("dataset", inside.toString(), "-o", temp.resolve("out").toString()).exit(),
                "the output folder holds an input");
        assertEquals(ExitCodes.USAGE, TestCorpus.run("convert", inside.toString(), "-o", inside.toString()).exit());
        Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
        assertEquals(ExitCodes.OUTPUT_ERROR, TestCorpus.run("dataset", seed.toString(), "-o", file.toString()).exit());
    }

    @Test
    void skippedCodesAreNotLookedForAndTheirResultsAreKeptApart() throws IOException {
        Path broken = TestCorpus.TESTDATA.resolve("text/broken/applications-balance-broken.txt");
        JsonNode all = JSON.readTree(TestCorpus.run("convert", broken.toString()).out());
        TestCorpus.Run skipping = TestCorpus.run("convert", broken.toString(), "--skip", "applications_balance,NOT_REPORTED");

        assertEquals("APPLICATIONS_BALANCE", all.path("anomalies").get(0).path("code").asText());
        assertEquals(ExitCodes.OK, skipping.exit(), "without the broken identity the report is clean");
        JsonNode skipped = JSON.readTree(skipping.out());
        assertEquals(0, skipped.path("anomalies").size());
        skipped.path("checks").forEach(check -> assertFalse(check.path("id").asText().startsWith("applications.balance")));
        assertEquals(ExitCodes.USAGE, TestCorpus.run("convert", broken.toString(), "--skip", "NO_SUCH_CODE").exit());

        Path out = temp.resolve("out");
        TestCorpus.run("convert", broken.getParent().toString(), "-o", out.toString(), "--quiet");
        TestCorpus.run("convert", broken.getParent().toString(), "-o", out.toString(), "--quiet", "--skip", "APPLICATIONS_BALANCE");
        JsonNode rerun = JSON.readTree(out.resolve(broken.getFileName() + ".json").toFile());
        assertEquals(0, rerun.path("anomalies").size(), "a result kept for all codes is not reused when some are skipped");
    }

    @Test
    void aScanIsRecognisedUnlessOcrIsTurnedOffAndTheTwoResultsAreKeptApart() throws IOException {
        Path scan = TestCorpus.TESTDATA.resolve("scan/county-2023-lattice-scan-150dpi.pdf");
        assertEquals(ExitCodes.USAGE, TestCorpus.run("convert", scan.toString(), "--ocr", "--no-ocr").exit());
        Path out = temp.resolve("scans");
        TestCorpus.Run recognised = TestCorpus.run("convert", scan.toString(), "-o", out.toString(), "--quiet",
                "--timeout", "5m");
        org.junit.jupiter.api.Assumptions.assumeTrue(recognised.exit() == ExitCodes.OK,
                "Tesseract's chi_sim model is not installed");
        TestCorpus.Run off = TestCorpus.run("convert", scan.toString(), "-o", out.toString(), "--quiet", "--no-ocr");
        assertEquals(ExitCodes.UNREADABLE, off.exit(), "a result recognised is not reused when OCR is off");
    }

    /** Every file under a folder, by its relative name with forward slashes, skipping hidden entries. */
    private static Map<String, byte[]> contents(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                if (!name.startsWith(".") && !name.contains("/.")) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }
}
