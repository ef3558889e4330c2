package io.github.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each broken fixture is a clean report broken in one place; it must raise exactly the anomalies listed in
 * its folder's {@code expected.tsv} (code, table, row, column) and nothing else.
 */
class BrokenFixturesTest {

    @TestFactory
    Stream<DynamicTest> eachBrokenFixtureRaisesExactlyItsAnomaly() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path manifest : Fixtures.find("expected.tsv")) {
            Map<String, List<String>> expected = new LinkedHashMap<>();
            List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                expected.computeIfAbsent(fields[0], k -> new ArrayList<>())
                        .add(String.join("|", fields[1], fields[3], fields[4], fields[5]));
            }
            expected.forEach((file, anomalies) -> tests.add(DynamicTest.dynamicTest(
                    Fixtures.name(manifest.resolveSibling(file)),
                    () -> assertEquals(sorted(anomalies), sorted(found(manifest.resolveSibling(file), anomalies))))));
        }
        return tests.stream();
    }

    /** The anomalies raised, in the manifest's form; a row left empty in the manifest is not compared. */
    private static List<String> found(Path file, List<String> expected) throws IOException {
        Report report = Fixtures.parse(file);
        List<String> found = new ArrayList<>();
        for (Anomaly anomaly : report.anomalies()) {
            String row = anomaly.location().row();
            String withRow = String.join("|", anomaly.code().name(), anomaly.location().table(), row,
                    anomaly.location().column());
            String withoutRow = String.join("|", anomaly.code().name(), anomaly.location().table(), "",
                    anomaly.location().column());
            found.add(expected.contains(withRow) || !expected.contains(withoutRow) ? withRow : withoutRow);
        }
        return found;
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }
}
