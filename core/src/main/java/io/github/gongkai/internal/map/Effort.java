package io.github.gongkai.internal.map;

/**
 * A bound on the work spent recovering the cells of one table, so that a hostile input (a digit run of
 * thousands of characters, many ambiguous rows) ends in "unreadable" instead of a search that runs for hours.
 */
final class Effort {
    /**
     * Steps allowed per table: well above what a table needs (random consistent tables take up to some 135,000
     * with every row glued), and about a second of work where a hostile input uses them all.
     */
    static final int LIMIT = 500_000;

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
