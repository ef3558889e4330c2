package io.github.gongkai.internal.parsers.html;

/**
 * A page over one of the configured limits, thrown from inside tree walks (which cannot throw checked
 * exceptions) and turned into a {@link io.github.gongkai.model.GongkaiException} by the parser.
 */
final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
        super(message, null, false, false);
    }
}
