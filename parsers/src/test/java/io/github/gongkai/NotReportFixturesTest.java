package io.github.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.model.GongkaiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What a corpus folder holds besides reports ({@code testdata/notreport/notreport.tsv}: list pages, news, notices
 * about the format, attachment stubs, scripts, READMEs) is refused as {@code NO_REPORT}, never read as a report;
 * the refusal states what the manifest says it must (an attachment's address).
 */
class NotReportFixturesTest {

    @TestFactory
    Stream<DynamicTest> everyFileThatIsNoReportIsRefused() throws IOException {
        Path folder = Fixtures.ROOT.resolve("notreport");
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("notreport.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("file\t")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            Path file = folder.resolve(fields[0]);
            tests.add(DynamicTest.dynamicTest(Fixtures.name(file), () -> {
                GongkaiException e = assertThrows(GongkaiException.class, () -> Fixtures.parse(file));
                assertEquals(GongkaiException.Reason.NO_REPORT, e.reason(), e.getMessage());
                assertTrue(e.getMessage().contains(fields[1]), e.getMessage());
            }));
        }
        assertTrue(tests.size() >= 10, "the files are found");
        return tests.stream();
    }
}
