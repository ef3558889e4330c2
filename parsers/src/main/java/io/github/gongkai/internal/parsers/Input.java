package io.github.gongkai.internal.parsers;

import io.github.gongkai.Limits;
import io.github.gongkai.model.GongkaiException;
import java.util.Objects;

/**
 * One input file: its name (used in messages and to record the source, never to choose a parser alone)
 * and its content.
 *
 * @param name  the file's name or path as the caller gave it
 * @param bytes the content; not copied, and not modified by any parser
 */
public record Input(String name, byte[] bytes) {
    public Input {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** Fails with {@code TOO_LARGE} when the input is larger than {@link Limits#maxFileBytes()}. */
    public void checkSize(Limits limits) throws GongkaiException {
        if (bytes.length > limits.maxFileBytes()) {
            throw new GongkaiException(GongkaiException.Reason.TOO_LARGE, name,
                    bytes.length + " bytes, over the limit of " + limits.maxFileBytes());
        }
    }
}
