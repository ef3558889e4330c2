package io.github.gongkai.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.cli.ExitCodes;
import io.github.gongkai.cli.TestCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --target}: one row per target with floor, ours, ratio, target and status; never a timing bound. */
class BenchTargetsTest {
    private static final Path PAGE = TestCorpus.TESTDATA.resolve("html/separate-tables-street-2024.html");

    @Test
    void aWarmTargetIsOneRowAgainstItsLibrary() {
        // large-page has only a warm row, so no JVM is started; any page will do for the shape of the row
        TestCorpus.Run run = TestCorpus.run("bench", "--warmup", "0", "--rounds", "1", "--target", "large-page=" + PAGE);
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().contains("| input | floor ms | gongkai ms | ratio | target | status |"), run.out());
        assertTrue(run.out().matches("(?s).*\\| large page \\(HTML\\), warm, 14 KB \\| [0-9.]+ \\| [0-9.]+ \\| [0-9.]+ × "
                + "\\| ≤ 2\\.0 × \\| (met|not met) \\|.*"), run.out());
        assertTrue(!run.out().contains("| format |"), "no folder given, so no per-format tables:\n" + run.out());
    }

    @Test
    void theThreadTargetConvertsAFolderOnOneThreadAgainstTwo(@TempDir Path folder) throws IOException {
        Files.copy(PAGE, folder.resolve(PAGE.getFileName()));
        Files.writeString(folder.resolve("not-a-report.txt"), "nothing here"); // unreadable files are part of a run
        TestCorpus.Run run = TestCorpus.run("bench", "--processes", "1", "--target", "threads=" + folder);
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().matches("(?s).*\\| 1 thread against 2 \\(convert -o, a folder\\), whole process, 14 KB "
                + "\\| [0-9.]+ \\| [0-9.]+ \\| [0-9.]+ × \\| ≥ 1\\.8 × \\| (met|not met) \\|.*"), run.out());
    }

    @Test
    void anUnknownInputOrNothingToMeasureIsAUsageError() {
        assertEquals(ExitCodes.USAGE, TestCorpus.run("bench", "--target", "page-of-doom=" + PAGE).exit());
        assertEquals(ExitCodes.USAGE, TestCorpus.run("bench").exit());
    }
}
