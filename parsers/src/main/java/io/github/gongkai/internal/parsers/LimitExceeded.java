package io.github.gongkai.internal.parsers;

import io.github.gongkai.model.GongkaiException;

/**
 * An input over one of the {@link io.github.gongkai.Limits}, thrown from deep inside reading (tree walks and
 * callbacks that cannot throw checked exceptions) and turned into a {@code TOO_LARGE} failure naming the file
 * by the parser.
 */
public final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LimitExceeded(String message) {
        super(message, null, false, false);
    }

    /** A table of more cells than allowed; {@code table} names it: "a table", "a table at …". */
    public static LimitExceeded tableCells(String table, long maxCells) {
        return new LimitExceeded(table + " has more than " + maxCells + " cells");
    }

    /** The failure for the file this was thrown reading. */
    public GongkaiException failure(String file) {
        return new GongkaiException(GongkaiException.Reason.TOO_LARGE, file, getMessage(), this);
    }
}
