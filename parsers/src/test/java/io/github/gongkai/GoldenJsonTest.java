package io.github.gongkai;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.gongkai.json.ReportJson;
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
 * Every fixture with a hand-reviewed golden ({@code NAME.EXT.golden.json} beside {@code NAME.EXT}) converts
 * to exactly that JSON, provenance included. After a deliberate change, {@code -Dgongkai.updateGoldens=true}
 * rewrites them for review in the diff.
 */
class GoldenJsonTest {
    private static final boolean UPDATE = Boolean.getBoolean("gongkai.updateGoldens");

    @TestFactory
    Stream<DynamicTest> everyFixtureConvertsToItsGolden() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path golden : Fixtures.find(".golden.json")) {
            Path report = golden.resolveSibling(golden.getFileName().toString().replace(".golden.json", ""));
            tests.add(DynamicTest.dynamicTest(Fixtures.name(report), () -> {
                String json = ReportJson.write(Fixtures.parse(report), true) + "\n";
                if (UPDATE) {
                    Files.writeString(golden, json, StandardCharsets.UTF_8);
                }
                String expected = Files.readString(golden, StandardCharsets.UTF_8);
                if (!expected.equals(json)) {
                    fail(firstDifference(expected, json));
                }
            }));
        }
        return tests.stream();
    }

    /**
     * Where two JSON texts first differ, in a few lines: the whole documents would bury a real failure in a
     * build log of thousands of lines.
     */
    static String firstDifference(String expected, String actual) {
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        int line = 0;
        while (line < want.size() && line < got.size() && want.get(line).equals(got.get(line))) {
            line++;
        }
        StringBuilder message = new StringBuilder("differs from its golden at line " + (line + 1)
                + " (rewrite with -Dgongkai.updateGoldens=true and review the diff):");
        for (int i = Math.max(0, line - 2); i < line; i++) {
            message.append("\n    ").append(want.get(i));
        }
        for (int i = line; i < Math.min(want.size(), line + 3); i++) {
            message.append("\n  - ").append(want.get(i));
        }
        for (int i = line; i < Math.min(got.size(), line + 3); i++) {
            message.append("\n  + ").append(got.get(i));
        }
        return message.toString();
    }
}
