package io.github.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.gongkai.internal.check.CorpusChecker;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.Report;
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
 * Each folder with a {@code corpus.tsv} holds related reports (one body's years, an aggregate and its units)
 * that are clean one by one; checked together they raise exactly the anomalies the manifest lists.
 */
class CorpusFixturesTest {

    @TestFactory
    Stream<DynamicTest> eachCorpusFolderRaisesExactlyItsAnomalies() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path manifest : Fixtures.find("corpus.tsv")) {
            tests.add(DynamicTest.dynamicTest(Fixtures.name(manifest.getParent()), () -> {
                List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
                List<String> expected = new ArrayList<>();
                for (String line : lines.subList(1, lines.size())) {
                    String[] fields = line.split("\t", -1);
                    expected.add(String.join("|", fields[0], fields[1], fields[3], fields[4], fields[5]));
                }
                assertEquals(sorted(expected), sorted(found(manifest.getParent())));
            }));
        }
        assertFalse(tests.isEmpty(), "corpus folders are found");
        return tests.stream();
    }

    private static List<String> found(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<Report> reports = new ArrayList<>();
        for (Path file : files) {
            reports.add(Fixtures.parse(file));
        }
        List<String> found = new ArrayList<>();
        for (Report report : CorpusChecker.check(reports)) {
            String file = Path.of(report.source().file()).getFileName().toString();
            for (Anomaly anomaly : report.anomalies()) {
                found.add(String.join("|", file, anomaly.code().name(), anomaly.location().table(),
                        anomaly.location().row(), anomaly.location().column()));
            }
        }
        return found;
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }
}
