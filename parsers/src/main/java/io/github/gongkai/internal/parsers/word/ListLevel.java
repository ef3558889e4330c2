package io.github.gongkai.internal.parsers.word;

/**
 * One level of a list definition, as both Word formats describe it.
 *
 * @param format  the number format name ({@link NumberFormats})
 * @param text    the level text with {@code %1} … {@code %9} standing for the counters of levels 1 to 9,
 *                such as {@code %1、} or {@code （%2）}
 * @param start   the first value of the counter
 * @param legal   whether the counters of all levels are shown as decimal numbers (Word's "legal" numbering)
 * @param spaced  whether the number is followed by a tab or space rather than nothing
 */
record ListLevel(String format, String text, int start, boolean legal, boolean spaced) {
}
