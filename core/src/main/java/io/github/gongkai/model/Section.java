package io.github.gongkai.model;

import io.github.gongkai.document.Origin;
import java.util.List;
import java.util.Objects;

/**
 * A numbered top-level section of the report (一、 … 六、), or a numbered subsection within one ((一) …).
 *
 * @param number      1 to 6 for sections; the subsection's number within its section
 * @param title       the heading's title, normalised, without its number (总体情况)
 * @param text        the section's running text, normalised, paragraphs separated by newlines; tables are
 *                    not part of it
 * @param rawText     the same text as the document had it before normalisation
 * @param subsections the numbered subsections, in order; empty where there are none
 * @param origin      where the heading is in the input
 */
public record Section(int number, String title, String text, String rawText, List<Section> subsections,
                      Origin origin) {
    /** Checks the components: none may be null, and collections are copied unmodifiable. */
    public Section {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rawText, "rawText");
        Objects.requireNonNull(origin, "origin");
        subsections = List.copyOf(subsections);
    }
}
