package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.Gongkai;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleTest {
    @Test
    void printsTheBodyTheYearAndTheTotalOfTheSeedReport() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Example.main(new String[] {System.getProperty("gongkai.seed")});
        } finally {
            System.setOut(out);
        }
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("石子镇人民政府 2022", lines.get(0));
        assertTrue(lines.get(1).matches("\\d+"), lines.get(1));
        assertTrue(lines.contains("{"), "the JSON follows");
    }

    @Test
    void runsOnThePathItWasGivenAndSeesOnlyThePublicPackages() {
        Module gongkai = Gongkai.class.getModule();
        assertEquals(Boolean.getBoolean("consumer.modulePath"), gongkai.isNamed(), "gongkai is a named module");
        if (gongkai.isNamed()) {
            assertTrue(gongkai.isExported("io.github.gongkai"));
            assertFalse(gongkai.isExported("io.github.gongkai.internal.parsers"));
            Module core = io.github.gongkai.model.Report.class.getModule();
            assertTrue(core.isExported("io.github.gongkai.model"));
            assertFalse(core.isExported("io.github.gongkai.internal.pipeline"));
        }
    }
}
