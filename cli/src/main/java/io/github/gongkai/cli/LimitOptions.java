package io.github.gongkai.cli;

import io.github.gongkai.Limits;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@link Limits} as command-line options, for any command that reads files: add it with
 * {@code @Mixin LimitOptions limits;} and build the reader with
 * {@code Gongkai.builder().limits(limits.limits()).build()}. An option left out keeps its default.
 */
final class LimitOptions {
    @Option(names = "--max-file-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "largest file read, e.g. 200MB (default: ${DEFAULT-VALUE} bytes)")
    private long maxFileBytes = Limits.DEFAULT.maxFileBytes();

    @Option(names = "--max-pages", paramLabel = "N", description = "most PDF pages read (default: ${DEFAULT-VALUE})")
    private int maxPages = Limits.DEFAULT.maxPages();

    @Option(names = "--max-table-cells", paramLabel = "N", description = "most cells in one table (default: ${DEFAULT-VALUE})")
    private int maxTableCells = Limits.DEFAULT.maxTableCells();

    @Option(names = "--max-nesting-depth", paramLabel = "N",
            description = "deepest nesting of HTML and Word elements (default: ${DEFAULT-VALUE})")
    private int maxNestingDepth = Limits.DEFAULT.maxNestingDepth();

    @Option(names = "--max-expanded-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "most bytes a DOCX package may inflate to, e.g. 1GB (default: ${DEFAULT-VALUE} bytes)")
    private long maxExpandedBytes = Limits.DEFAULT.maxExpandedBytes();

    @Option(names = "--max-compression-ratio", paramLabel = "N",
            description = "most times a large DOCX part may expand (default: ${DEFAULT-VALUE})")
    private int maxCompressionRatio = Limits.DEFAULT.maxCompressionRatio();

    @Option(names = "--timeout", paramLabel = "TIME", converter = DurationConverter.class,
            description = "longest time spent on one file, e.g. 30 (seconds), 30s, 2m, 500ms (default: 60s)")
    private Duration maxTimePerFile = Limits.DEFAULT.maxTimePerFile();

    /** The limits given, with the defaults for those left out. */
    Limits limits() {
        try {
            return new Limits(maxFileBytes, maxPages, maxTableCells, maxNestingDepth, maxExpandedBytes,
                    maxCompressionRatio, maxTimePerFile);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("every limit must be positive");
        }
    }

    /** A byte count with an optional unit: {@code 1048576}, {@code 512KB}, {@code 200MB}, {@code 1GB}. */
    static final class SizeConverter implements ITypeConverter<Long> {
        private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]?)i?b?");

        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new TypeConversionException("'" + value + "' is not a size such as 200MB");
            }
            int shift = switch (m.group(2)) {
                case "k" -> 10;
                case "m" -> 20;
                case "g" -> 30;
                default -> 0;
            };
            try {
                return Math.multiplyExact(Long.parseLong(m.group(1)), 1L << shift);
            } catch (ArithmeticException | NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is too large");
            }
        }
    }

    /** A time with a unit: {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}, or ISO-8601 such as {@code PT30S}. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        private static final Pattern TIME = Pattern.compile("(\\d+)\\s*(ms|s|m|min|h)?");

        @Override
        public Duration convert(String value) {
            String text = value.strip().toLowerCase(Locale.ROOT);
            Matcher m = TIME.matcher(text);
            try {
                if (!m.matches()) {
                    return Duration.parse(text.toUpperCase(Locale.ROOT));
                }
                long amount = Long.parseLong(m.group(1));
                return switch (m.group(2) == null ? "" : m.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "" -> Duration.ofSeconds(amount);
                    case "h" -> Duration.ofHours(amount);
                    default -> Duration.ofMinutes(amount);
                };
            } catch (RuntimeException e) {
                throw new TypeConversionException("'" + value + "' is not a time such as 30s or 2m");
            }
        }
    }
}
