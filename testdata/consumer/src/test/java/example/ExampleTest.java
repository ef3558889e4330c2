package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.model.Report;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExampleTest {
    @Test
    void readsTheSeedReport() throws Exception {
        Report report = Example.run(Path.of(System.getProperty("gongkai.seed")));
        assertEquals("石子镇人民政府", report.info().body().orElseThrow());
        assertEquals(2022, report.info().year().getAsInt());
    }
}
