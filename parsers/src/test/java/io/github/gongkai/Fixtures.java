package io.github.gongkai;

import io.github.gongkai.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The fixtures under {@code testdata/}, read by their paths relative to it so that outputs are stable. */
final class Fixtures {
    static final Path ROOT = Path.of(System.getProperty("gongkai.testdata", "../testdata")).toAbsolutePath().normalize();

    private static final Map<Path, Report> PARSED = new ConcurrentHashMap<>();

    private Fixtures() {
    }

    /** A fixture's path relative to {@code testdata/}, with forward slashes. */
    static String name(Path file) {
        return ROOT.relativize(file).toString().replace('\\', '/');
    }

    /**
     * Parses a fixture, naming it by its relative path. A report is immutable and parsing is deterministic
     * (ConcurrencyTest), so each fixture is parsed once a JVM, whichever of the golden, expected-value,
     * precision and schema tests asks first.
     */
    static Report parse(Path file) throws IOException {
        Report report = PARSED.get(file);
        if (report == null) {
            report = Gongkai.parse(Files.readAllBytes(file), name(file));
            PARSED.put(file, report);
        }
        return report;
    }

    /** Every file below {@code testdata/} whose name ends with the suffix, sorted. */
    static List<Path> find(String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(suffix))
                    .sorted().toList();
        }
    }

    /**
     * The report files of a fixture: the files beside {@code NAME.expected.json} named {@code NAME.*}, other
     * than its expectations, goldens and pipe-text renderings.
     */
    static List<Path> reportsOf(Path expected) throws IOException {
        String base = expected.getFileName().toString().replace(".expected.json", "");
        try (Stream<Path> files = Files.list(expected.getParent())) {
            return files.filter(file -> {
                String name = file.getFileName().toString();
                return name.startsWith(base + ".") && !name.endsWith(".expected.json") && !name.endsWith(".golden.json")
                        && !name.endsWith(".pipe.txt") && name.indexOf('.', base.length() + 1) < 0;
            }).sorted().toList();
        }
    }
}
