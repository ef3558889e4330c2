package io.github.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
                assertEquals(Files.readString(golden, StandardCharsets.UTF_8), json);
            }));
        }
        return tests.stream();
    }
}
