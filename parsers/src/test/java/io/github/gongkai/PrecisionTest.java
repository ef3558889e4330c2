package io.github.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.model.Report;
import io.github.gongkai.model.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A false flag on a clean report is a bug: every clean fixture under {@code testdata/}, in every format (those
 * with {@code NAME.expected.json}, and those with a reviewed golden), raises no warning and no error.
 */
class PrecisionTest {

    @TestFactory
    Stream<DynamicTest> cleanFixturesRaiseNoWarningOrError() throws IOException {
        Set<Path> clean = new LinkedHashSet<>();
        for (Path expected : Fixtures.find(".expected.json")) {
            clean.addAll(Fixtures.reportsOf(expected));
        }
        for (Path golden : Fixtures.find(".golden.json")) {
            clean.add(golden.resolveSibling(golden.getFileName().toString().replace(".golden.json", "")));
        }
        assertTrue(clean.size() > 10, "clean fixtures are found");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : clean) {
            tests.add(DynamicTest.dynamicTest(Fixtures.name(file), () -> {
                Report report = Fixtures.parse(file);
                assertEquals(List.of(), report.anomalies().stream()
                        .filter(anomaly -> anomaly.severity() != Severity.INFO)
                        .map(anomaly -> anomaly.code() + " " + anomaly.location() + ": " + anomaly.message())
                        .toList());
            }));
        }
        return tests.stream();
    }
}
