package io.github.gongkai.model;

import java.util.Objects;

/**
 * The outcome of one identity the report is subject to, so that "consistent" can be told from
 * "unverifiable".
 *
 * @param id       a stable identifier, such as {@code applications.balance.total}
 * @param outcome  pass, fail or not assessable
 * @param location where the identity applies
 */
public record Check(String id, Outcome outcome, Location location) {
    /** Checks the components: none may be null. */
    public Check {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(location, "location");
    }

    /** What checking an identity found. */
    public enum Outcome {
        /** Every value was reported and the identity holds. */
        PASS,
        /** Every value was reported and the identity does not hold. */
        FAIL,
        /** A value it needs was not reported or is absent. */
        NOT_ASSESSABLE;

        /** The value of {@code outcome} in the JSON contract. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
