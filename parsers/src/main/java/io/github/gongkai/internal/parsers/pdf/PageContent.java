package io.github.gongkai.internal.parsers.pdf;

import java.util.List;

/**
 * What one pass over a page's content stream collected.
 *
 * @param page           page number, from 1
 * @param width          page width in points
 * @param height         page height in points
 * @param glyphs         the characters shown, in content-stream order
 * @param rulings        horizontal and vertical lines
 * @param images         images drawn
 * @param missingUnicode characters that could not be mapped to Unicode and were left out
 * @param problem        why the page's content stream could not be read to its end, or empty
 */
record PageContent(int page, float width, float height, List<Glyph> glyphs, List<Ruling> rulings, int images,
                   int missingUnicode, String problem) {
}
