package io.github.gongkai.internal.parsers.word;

/**
 * Thrown deep inside reading when the document goes over a {@link io.github.gongkai.Limits} bound;
 * the parser turns it into a {@link io.github.gongkai.model.GongkaiException} naming the file.
 */
final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LimitExceeded(String message) {
        super(message, null, false, false);
    }
}
