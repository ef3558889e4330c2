package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The options every reading command shares work the same on each, a wrong value is a short usage error
 * before any file is read, and what reaches the user is one plain line.
 */
class CommonOptionsTest {
    private static final Path BROKEN = TestCorpus.TESTDATA.resolve("text/broken/applications-balance-broken.txt");

    @TempDir
    Path temp;

    @Test
    void anUnknownLanguageIsAUsageErrorBeforeAnyFileIsRead() {
        for (String command : List.of("convert", "check", "dataset")) {
            TestCorpus.Run run = TestCorpus.run(command, BROKEN.toString(), "--lang", "fr", "-o", temp.resolve("out").toString());
            assertEquals(ExitCodes.USAGE, run.exit(), command + ": " + run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        }
        TestCorpus.Run check = TestCorpus.run("check", BROKEN.toString(), "--lang", "fr");
        assertEquals(List.of("gongkai: Invalid value for option '--lang': 'fr' is not a language: use zh or en",
                "Try 'gongkai check --help' for more information."), check.err().lines().toList());
        assertEquals("", check.out());
    }

    /** The reason stays on screen: two lines, not the reason above forty lines of help. */
    @Test
    void aUsageErrorIsTheReasonAndAHint() {
        TestCorpus.Run run = TestCorpus.run("convert");
        assertEquals(ExitCodes.USAGE, run.exit());
        assertEquals(List.of("gongkai: Missing required parameter: 'PATH'", "Try 'gongkai convert --help' for more information."),
                run.err().lines().toList());
        TestCorpus.Run root = TestCorpus.run("--no-such-option");
        assertEquals(ExitCodes.USAGE, root.exit());
        assertEquals("Try 'gongkai --help' for more information.", root.err().lines().toList().get(1));
    }

    /** A run builds the subcommand it names only; without one named, the help and the hint know them all. */
    @Test
    void aRunBuildsOnlyTheSubcommandItNames() {
        assertEquals(List.of("convert"), List.copyOf(Main.commandLine("convert", "a.html").getSubcommands().keySet()));
        List<String> all = List.of("convert", "dataset", "check", "text", "bench", "view");
        assertEquals(all, List.copyOf(Main.commandLine().getSubcommands().keySet()));
        assertEquals(all, List.copyOf(Main.commandLine("--help").getSubcommands().keySet()));
        assertEquals(all, List.copyOf(Main.commandLine("convrt", "a.html").getSubcommands().keySet()));
        assertTrue(Main.commandLine("convert").getSubcommands().get("convert").isCaseInsensitiveEnumValuesAllowed());
    }

    /** Each command's summary in the root help is a whole sentence on one line. */
    @Test
    void theRootHelpSummarisesEachCommandInOneWholeLine() {
        TestCorpus.Run run = TestCorpus.run("--help");
        List<String> lines = run.out().lines().toList();
        int start = lines.indexOf("Commands:") + 1;
        List<String> rest = lines.subList(start, lines.size());
        List<String> commands = rest.subList(0, rest.indexOf(""));
        assertEquals(List.of("convert", "dataset", "check", "text", "bench", "view"),
                commands.stream().map(line -> line.strip().split(" ")[0]).toList(), run.out());
        commands.forEach(line -> assertTrue(line.endsWith("."), line));
    }

    @Test
    void checkWalksFoldersInParallelAndQuietly() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("in/sub"));
        Files.copy(BROKEN, folder.resolve("broken.txt"));
        Files.writeString(folder.resolve("empty.txt"), "", StandardCharsets.UTF_8);
        TestCorpus.Run run = TestCorpus.run("check", temp.resolve("in").toString(), "-j", "2", "--quiet");
        assertEquals(ExitCodes.UNREADABLE, run.exit(), run.err());
        assertTrue(run.out().contains("sub/broken.txt: error   APPLICATIONS_BALANCE"), run.out());
        assertEquals("", run.err(), "--quiet leaves out the failure of empty.txt");
        TestCorpus.Run loud = TestCorpus.run("check", temp.resolve("in").toString(), "--verbose");
        assertTrue(loud.err().startsWith("gongkai: sub/empty.txt: "), loud.err());
    }

    @Test
    void datasetWritesMessagesInTheLanguageAskedForAndTracesFailuresWhenVerbose() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.copy(BROKEN, in.resolve("broken.txt"));
        Files.writeString(in.resolve("empty.txt"), "", StandardCharsets.UTF_8);
        Path out = temp.resolve("out");
        TestCorpus.Run run = TestCorpus.run("dataset", in.toString(), "-o", out.toString(), "--lang", "zh", "--verbose");
        assertEquals(ExitCodes.UNREADABLE, run.exit(), run.err());
        String anomalies = Files.readString(out.resolve("anomalies.csv"), StandardCharsets.UTF_8);
        assertTrue(anomalies.lines().skip(1).allMatch(line -> line.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)),
                anomalies);
        assertTrue(run.err().contains("gongkai: empty.txt: "), run.err());
        assertTrue(run.err().contains("GongkaiException"), "--verbose prints the stack trace: " + run.err());
    }

    /** An output in the way is named in one line of words, not as a Java exception. */
    @Test
    void anOutputThatCannotBeWrittenIsOnePlainLine() throws IOException {
        Path taken = Files.writeString(temp.resolve("taken"), "a file, not a folder");
        TestCorpus.Run run = TestCorpus.run("convert", BROKEN.toString(), "-o", taken.toString());
        assertEquals(ExitCodes.OUTPUT_ERROR, run.exit(), run.err());
        assertEquals(List.of("gongkai: cannot write the output: " + taken + ": already exists"), run.err().lines().toList());
    }
}
