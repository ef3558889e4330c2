package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gongkai.Limits;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class LimitOptionsTest {

    @Command(name = "probe")
    static final class Probe {
        @Mixin
        LimitOptions limits;
    }

    @Test
    void optionsLeftOutKeepTheDefaults() {
        assertEquals(Limits.DEFAULT, parse());
    }

    @Test
    void sizesAndTimesTakeUnits() {
        Limits limits = parse("--max-file-size", "20MB", "--max-expanded-size", "1g", "--timeout", "1500ms",
                "--max-pages", "40", "--max-compression-ratio", "50");
        assertEquals(20L << 20, limits.maxFileBytes());
        assertEquals(1L << 30, limits.maxExpandedBytes());
        assertEquals(Duration.ofMillis(1500), limits.maxTimePerFile());
        assertEquals(40, limits.maxPages());
        assertEquals(50, limits.maxCompressionRatio());
        assertEquals(Duration.ofMinutes(2), parse("--timeout", "2m").maxTimePerFile());
        assertEquals(Duration.ofSeconds(30), parse("--timeout", "PT30S").maxTimePerFile());
    }

    @Test
    void nonsenseIsAUsageError() {
        assertThrows(CommandLine.ParameterException.class, () -> parse("--timeout", "soon"));
        assertThrows(CommandLine.ParameterException.class, () -> parse("--max-file-size", "big"));
        assertThrows(CommandLine.TypeConversionException.class, () -> parse("--max-pages", "0"));
    }

    private static Limits parse(String... args) {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs(args);
        return probe.limits.limits();
    }
}
