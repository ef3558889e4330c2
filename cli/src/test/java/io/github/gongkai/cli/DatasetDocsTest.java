package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code docs/dataset.md} documents the columns the code writes, all of them, in order. */
class DatasetDocsTest {
    private static final Path DOC = TestCorpus.TESTDATA.resolveSibling("docs").resolve("dataset.md");
    private static final String MARKER = "<!-- reports.csv columns";

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
}
