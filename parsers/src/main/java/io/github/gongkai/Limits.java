package io.github.gongkai;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds that keep one hostile or huge file from taking the whole process down. Parsers check those that
 * apply to their format and fail with {@link io.github.gongkai.model.GongkaiException.Reason#TOO_LARGE}, or with
 * {@link io.github.gongkai.model.GongkaiException.Reason#TIMED_OUT} for the time limit.
 *
 * <pre>{@code
 * Limits limits = Limits.DEFAULT.withMaxTimePerFile(Duration.ofSeconds(20)).withMaxPages(100);
 * }</pre>
 *
 * @param maxFileBytes        largest file accepted
 * @param maxPages            most PDF pages read
 * @param maxTableCells       most cells in one table
 * @param maxNestingDepth     deepest element nesting followed in HTML and Word
 * @param maxExpandedBytes    most bytes the parts of a DOCX package may inflate to together (and those of
 *                            each workbook embedded in it)
 * @param maxCompressionRatio most times a large DOCX part may expand over its compressed size (a zip bomb
 *                            expands a thousand times and more; real parts rarely twenty)
 * @param maxTimePerFile      longest time spent on one file
 */
public record Limits(long maxFileBytes, int maxPages, int maxTableCells, int maxNestingDepth,
        long maxExpandedBytes, int maxCompressionRatio, Duration maxTimePerFile) {

    /**
     * Defaults generous for any real report: 200 MB, 500 pages, 100,000 cells, 256 levels, DOCX parts
     * inflating to 1 GB at most and no more than 100 times (POI's own default ratio), one minute per file.
     */
    public static final Limits DEFAULT = new Limits(200L * 1024 * 1024, 500, 100_000, 256,
            1024L * 1024 * 1024, 100, Duration.ofMinutes(1));

    /** Checks that every bound is positive. */
    public Limits {
        Objects.requireNonNull(maxTimePerFile, "maxTimePerFile");
        if (maxFileBytes <= 0 || maxPages <= 0 || maxTableCells <= 0 || maxNestingDepth <= 0
                || maxExpandedBytes <= 0 || maxCompressionRatio <= 0
                || maxTimePerFile.isNegative() || maxTimePerFile.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The four size bounds, with the defaults for the DOCX inflation bounds and the time limit. */
    public Limits(long maxFileBytes, int maxPages, int maxTableCells, int maxNestingDepth) {
        this(maxFileBytes, maxPages, maxTableCells, maxNestingDepth, DEFAULT.maxExpandedBytes,
                DEFAULT.maxCompressionRatio, DEFAULT.maxTimePerFile);
    }

    /** These limits with another bound on the largest file accepted, in bytes. */
    public Limits withMaxFileBytes(long value) {
        return new Limits(value, maxPages, maxTableCells, maxNestingDepth, maxExpandedBytes, maxCompressionRatio, maxTimePerFile);
    }

    /** These limits with another bound on the most PDF pages read. */
    public Limits withMaxPages(int value) {
        return new Limits(maxFileBytes, value, maxTableCells, maxNestingDepth, maxExpandedBytes, maxCompressionRatio, maxTimePerFile);
    }

    /** These limits with another bound on the most cells in one table. */
    public Limits withMaxTableCells(int value) {
        return new Limits(maxFileBytes, maxPages, value, maxNestingDepth, maxExpandedBytes, maxCompressionRatio, maxTimePerFile);
    }

    /** These limits with another bound on the deepest element nesting followed in HTML and Word. */
    public Limits withMaxNestingDepth(int value) {
        return new Limits(maxFileBytes, maxPages, maxTableCells, value, maxExpandedBytes, maxCompressionRatio, maxTimePerFile);
    }

    /** These limits with another bound on the most bytes the parts of a DOCX package may inflate to together. */
    public Limits withMaxExpandedBytes(long value) {
        return new Limits(maxFileBytes, maxPages, maxTableCells, maxNestingDepth, value, maxCompressionRatio, maxTimePerFile);
    }

    /** These limits with another bound on the most times a large DOCX part may expand over its compressed size. */
    public Limits withMaxCompressionRatio(int value) {
        return new Limits(maxFileBytes, maxPages, maxTableCells, maxNestingDepth, maxExpandedBytes, value, maxTimePerFile);
    }

    /** These limits with another bound on the longest time spent on one file. */
    public Limits withMaxTimePerFile(Duration value) {
        return new Limits(maxFileBytes, maxPages, maxTableCells, maxNestingDepth, maxExpandedBytes, maxCompressionRatio, value);
    }
}
