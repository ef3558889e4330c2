package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's Java example is, line for line, the code the consumer project compiles and runs. */
class ReadmeExampleTest {
    private static final Path TESTDATA = Path.of(System.getProperty("gongkai.testdata", "../testdata"));

    @Test
    void readmeShowsExactlyTheConsumerCode() throws Exception {
        String example = Files.readString(TESTDATA.resolve("consumer/src/main/java/example/Example.java"),
                StandardCharsets.UTF_8);
        String marked = example.substring(example.indexOf("// README:start") + "// README:start\n".length(),
                example.indexOf("// README:end"));
        StringBuilder code = new StringBuilder();
        for (String line : marked.stripTrailing().split("\n")) {
            code.append(line.isBlank() ? "" : line.substring(Math.min(8, line.length()))).append('\n');
        }
        String readme = Files.readString(TESTDATA.resolveSibling("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("```java\n" + code + "```"), "README shows:\n" + code);
    }
}
