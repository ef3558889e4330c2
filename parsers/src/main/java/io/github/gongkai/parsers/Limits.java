package io.github.gongkai.parsers;

/**
 * Bounds that keep one hostile or huge file from taking the whole process down. Parsers check those that
 * apply to their format and fail with {@link io.github.gongkai.GongkaiException.Reason#TOO_LARGE}.
 *
 * @param maxFileBytes    largest file accepted
 * @param maxPages        most PDF pages read
 * @param maxTableCells   most cells in one table
 * @param maxNestingDepth deepest element nesting followed in HTML and Word
 */
public record Limits(long maxFileBytes, int maxPages, int maxTableCells, int maxNestingDepth) {

    /** Defaults generous for any real report: 200 MB, 500 pages, 100,000 cells, 256 levels. */
    public static final Limits DEFAULT = new Limits(200L * 1024 * 1024, 500, 100_000, 256);

    public Limits {
        if (maxFileBytes <= 0 || maxPages <= 0 || maxTableCells <= 0 || maxNestingDepth <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
