package io.github.gongkai.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.cli.ExitCodes;
import io.github.gongkai.cli.TestCorpus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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
    void anUnknownInputOrNothingToMeasureIsAUsageError() {
        assertEquals(ExitCodes.USAGE, TestCorpus.run("bench", "--target", "page-of-doom=" + PAGE).exit());
        assertEquals(ExitCodes.USAGE, TestCorpus.run("bench").exit());
    }
}
