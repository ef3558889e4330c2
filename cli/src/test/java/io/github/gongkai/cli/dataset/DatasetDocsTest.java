package io.github.gongkai.cli.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.cli.TestCorpus;
import io.github.gongkai.json.ReportColumns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/**
 * {@code docs/dataset.md} documents the columns the code writes, all of them, in order, and every option of
 * the command; the defaults the docs give are the command line's.
 */
class DatasetDocsTest {
    private static final Path DOCS = TestCorpus.TESTDATA.resolveSibling("docs");
    private static final Path DOC = DOCS.resolve("dataset.md");
    private static final String MARKER = "<!-- reports.csv columns";
    /** A table row of dataset.md's options: {@code | `--timeout TIME` | … (default `60s`) … |}. */
    private static final Pattern OPTION_DEFAULT = Pattern.compile("^\\| `(--[a-z-]+)[^|]*\\|.*\\(default `([^`]+)`\\)", Pattern.MULTILINE);
    /** A row of limits.md's table, whose CLI column shows the option with its default: {@code `--max-pages 500`}. */
    private static final Pattern LIMIT_ROW = Pattern.compile("^\\| `max\\w+` \\|[^|]*\\| `(--[a-z-]+) ([^`]+)` \\|", Pattern.MULTILINE);

    @Test
    void listsEveryColumnOfReportsCsvInOrder() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int marker = doc.indexOf(MARKER);
        assertTrue(marker >= 0, "the column list is marked in " + DOC);
        int start = doc.indexOf("```text\n", marker) + "```text\n".length();
        List<String> listed = doc.substring(start, doc.indexOf("```", start)).lines().toList();
        assertEquals(ReportColumns.names(), listed);
    }

    @Test
    void documentsTheColumnsOfTheOtherTables() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (String column : DatasetWriter.ANOMALY_COLUMNS) {
            assertTrue(doc.contains("`" + column + "`"), column);
        }
        for (String column : DatasetWriter.ERROR_COLUMNS) {
            assertTrue(doc.contains("`" + column + "`"), column);
        }
    }

    @Test
    void documentsEveryOptionOfTheCommandOtherThanTheLimits() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (OptionSpec option : dataset().getCommandSpec().options()) {
            String name = option.longestName();
            if (!name.startsWith("--max-") && !name.equals("--help") && !name.equals("--version")) {
                assertTrue(doc.contains("`" + name), name + " is documented in " + DOC);
            }
        }
    }

    @Test
    void theDefaultsTheDocsGiveAreTheCommandLines() throws IOException {
        List<String[]> documented = new ArrayList<>();
        Matcher options = OPTION_DEFAULT.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
        while (options.find()) {
            documented.add(new String[] {options.group(1), options.group(2)});
        }
        assertTrue(documented.stream().anyMatch(option -> option[0].equals("--timeout")), "dataset.md gives --timeout's default");
        Matcher limits = LIMIT_ROW.matcher(Files.readString(DOCS.resolve("limits.md"), StandardCharsets.UTF_8));
        while (limits.find()) {
            documented.add(new String[] {limits.group(1), limits.group(2)});
        }
        assertTrue(documented.size() >= 8, "every limit and --timeout: " + documented.size());
        for (String[] option : documented) {
            assertEquals(defaultOf(option[0]), valueOf(option[0], option[1]), option[0] + " " + option[1]);
        }
    }

    private static CommandLine dataset() {
        return TestCorpus.commandLine().getSubcommands().get("dataset");
    }

    private static Object defaultOf(String name) {
        OptionSpec option = dataset().getCommandSpec().findOption(name);
        assertFalse(option == null, name + " is an option of dataset");
        return option.initialValue();
    }

    /** The value the option takes when given as the docs write it. */
    private static Object valueOf(String name, String value) {
        CommandLine.ParseResult parsed = TestCorpus.commandLine().parseArgs("dataset", "in", "-o", "out", name, value);
        return parsed.subcommand().matchedOption(name).getValue();
    }
}
