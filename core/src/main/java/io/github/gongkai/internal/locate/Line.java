package io.github.gongkai.internal.locate;

import io.github.gongkai.document.Origin;

/**
 * One paragraph of running text, normalised.
 *
 * @param raw    the text as the document had it
 * @param text   the normalised text
 * @param origin where it came from
 * @param block  the index of its block in the document, to order it among the tables
 */
public record Line(String raw, String text, Origin origin, int block) {
}
