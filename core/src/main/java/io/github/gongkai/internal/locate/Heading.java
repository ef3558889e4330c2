package io.github.gongkai.internal.locate;

/**
 * A numbered heading found among the lines.
 *
 * @param number the heading's number: 1–6 for a section, 1… for a subsection
 * @param title  the title, normalised, without the number
 * @param rest   text that followed the title in the same paragraph, empty where none
 * @param line   the index of the heading's line
 */
public record Heading(int number, String title, String rest, int line) {
}
