package io.github.gongkai.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Something in a report that is wrong, doubtful or missing.
 *
 * @param code     the stable code
 * @param severity how serious it is
 * @param message  what was found, in Chinese and English, with the numbers involved
 * @param location where it applies
 * @param expected for arithmetic: the value the identity requires
 * @param actual   for arithmetic: the value the report gives
 * @param quote    the text the finding is based on, empty where none
 */
public record Anomaly(AnomalyCode code, Severity severity, Message message, Location location,
                      Optional<BigDecimal> expected, Optional<BigDecimal> actual, String quote) {
    /** Checks the components: none may be null. */
    public Anomaly {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(quote, "quote");
    }

    /** An anomaly with the code's own severity and no numbers. */
    public static Anomaly of(AnomalyCode code, Message message, Location location, String quote) {
        return new Anomaly(code, code.severity(), message, location, Optional.empty(), Optional.empty(), quote);
    }

    /** An arithmetic anomaly: the identity wants {@code expected}, the report says {@code actual}. */
    public static Anomaly arithmetic(AnomalyCode code, Message message, Location location,
                                     BigDecimal expected, BigDecimal actual) {
        return arithmetic(code, message, location, expected, actual, "");
    }

    /** An arithmetic anomaly found in the text, with the sentence it is based on. */
    public static Anomaly arithmetic(AnomalyCode code, Message message, Location location,
                                     BigDecimal expected, BigDecimal actual, String quote) {
        return new Anomaly(code, code.severity(), message, location, Optional.of(expected), Optional.of(actual), quote);
    }
}
