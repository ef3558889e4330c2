package io.github.gongkai.document;

import java.util.Objects;

/**
 * A paragraph of running text, or a heading. Its text is one line: parsers join the lines of one
 * paragraph and turn line breaks that separate paragraphs into separate paragraphs.
 *
 * @param text   the paragraph's text as read, before normalisation
 * @param origin where it came from
 */
public record Paragraph(String text, Origin origin) implements Block {
    /** Checks the components: none may be null. */
    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a paragraph is one line: " + text);
        }
    }
}
