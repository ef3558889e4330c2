package io.github.gongkai.internal.map;

/**
 * A bound on the work spent recovering the cells of one table, so that a hostile input (a digit run of
 * thousands of characters, many ambiguous rows) ends in "unreadable" instead of a search that runs for hours.
 */
final class Effort {
    /** Steps allowed per table: far above what a real table needs (a few thousand), well under a second. */
    static final int LIMIT = 2_000_000;

    private final int limit;
    private int spent;

    Effort(int limit) {
        this.limit = limit;
    }

    /** Spends one step; {@code false} once the bound is passed. */
    boolean spend() {
        return ++spent <= limit;
    }

    /** Whether the bound was passed. */
    boolean exhausted() {
        return spent > limit;
    }

    /** The steps spent so far. */
    int spent() {
        return spent;
    }
}
