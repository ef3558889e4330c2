package io.github.gongkai.cli.corpus;

import io.github.gongkai.model.GongkaiException;
import java.util.Objects;
import java.util.Optional;

/**
 * A file that could not be turned into a report.
 *
 * @param file    the file's name in the outputs
 * @param reason  why, as a stable {@link GongkaiException.Reason} name
 * @param message what went wrong, in words, without the file's name
 * @param cause   the exception, when the failure was met in this run rather than kept from an earlier one
 */
public record Failure(String file, GongkaiException.Reason reason, String message, Optional<Throwable> cause) {
    public Failure {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(cause, "cause");
    }

    Failure(String file, GongkaiException.Reason reason, String message) {
        this(file, reason, message, Optional.empty());
    }

    /** The failure an exception describes, its message stripped of the file name it starts with. */
    static Failure of(String file, GongkaiException e) {
        String message = String.valueOf(e.getMessage());
        String prefix = e.file() + ": ";
        return new Failure(file, e.reason(), message.startsWith(prefix) ? message.substring(prefix.length()) : message,
                Optional.of(e));
    }
}
