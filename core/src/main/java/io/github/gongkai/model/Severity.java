package io.github.gongkai.model;

/** How serious an anomaly is, so that researchers can filter. */
public enum Severity {
    /** An identity that can be assessed does not hold: the numbers contradict each other. */
    ERROR,
    /** A value is present but cannot be right, or contradicts the text. */
    WARNING,
    /** Something is missing or unusual, but not contradictory. */
    INFO;

    /** The value of {@code severity} in the JSON contract. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
