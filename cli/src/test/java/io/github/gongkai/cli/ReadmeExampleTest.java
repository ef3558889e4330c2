package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's Java example is, line for line, the whole file the consumer project compiles and runs. */
class ReadmeExampleTest {
    private static final Path TESTDATA = Path.of(System.getProperty("gongkai.testdata", "../testdata"));

    @Test
    void readmeShowsExactlyTheConsumerCode() throws Exception {
        String example = Files.readString(TESTDATA.resolve("consumer/src/main/java/example/Example.java"),
                StandardCharsets.UTF_8);
        String readme = Files.readString(TESTDATA.resolveSibling("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("```java\n" + example + "```"), "README shows the whole file, imports and all:\n" + example);
    }
}
