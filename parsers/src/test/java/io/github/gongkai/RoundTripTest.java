package io.github.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.document.Document;
import io.github.gongkai.document.PipeText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The pipe-text rendering of every fixture's document reads back to the same text and grid. */
class RoundTripTest {

    @TestFactory
    Stream<DynamicTest> pipeTextRoundTripHoldsOnEveryFixture() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path expected : Fixtures.find(".expected.json")) {
            files.addAll(Fixtures.reportsOf(expected));
        }
        files.addAll(Fixtures.find(".golden.json").stream()
                .map(golden -> golden.resolveSibling(golden.getFileName().toString().replace(".golden.json", "")))
                .toList());
        for (Path file : files.stream().distinct().toList()) {
            tests.add(DynamicTest.dynamicTest(Fixtures.name(file), () -> {
                Document document = Gongkai.builder().build().document(file);
                String text = PipeText.write(document);
                assertEquals(text, PipeText.write(PipeText.read(text)));
            }));
        }
        return tests.stream();
    }
}
