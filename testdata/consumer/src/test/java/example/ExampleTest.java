package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
