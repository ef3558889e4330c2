package io.github.gongkai.internal.parsers.pdf;

import io.github.gongkai.internal.text.Characters;
import java.util.ArrayList;
import java.util.List;

/**
 * One shown character on a page, in points from the page's top-left corner.
 *
 * @param text     its Unicode text, usually one character
 * @param x        left edge
 * @param baseline the baseline's distance from the top
 * @param width    advance width
 * @param size     font size as drawn; the glyph's box is taken as the CJK em box, from 0.88 of the size
 *                 above the baseline to 0.12 below it
 */
record Glyph(String text, float x, float baseline, float width, float size) {

    float right() {
        return x + width;
    }

    float top() {
        return baseline - size * 0.88f;
    }

    float bottom() {
        return baseline + size * 0.12f;
    }

    float centerX() {
        return x + width / 2;
    }

    float centerY() {
        return baseline - size * 0.38f;
    }

    /** Whether this glyph's first character is a CJK ideograph, kana, or full-width punctuation. */
    boolean isWide() {
        return Characters.isWide(text.charAt(0));
    }

    /** The glyphs whose centres lie strictly inside the box. */
    static List<Glyph> inside(List<Glyph> glyphs, float top, float bottom, float left, float right) {
        List<Glyph> inside = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (g.centerY() > top && g.centerY() < bottom && g.centerX() > left && g.centerX() < right) {
                inside.add(g);
            }
        }
        return inside;
    }
}
