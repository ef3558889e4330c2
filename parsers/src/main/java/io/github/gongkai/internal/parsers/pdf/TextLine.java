package io.github.gongkai.internal.parsers.pdf;

import io.github.gongkai.document.Origin;
import io.github.gongkai.internal.text.LineJoin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs sharing a baseline, left to right, and the text they spell. Glyphs drawn twice at the same place
 * (fake bold) count once; a space is put back only between words of alphabetic scripts.
 */
final class TextLine {
    /** A gap wider than this many font sizes splits a line into separate pieces (columns, cells). */
    static final float COLUMN_GAP = 1.2f;
    /**
     * Between two digits a gap wider than this many font sizes splits too: digits of one number touch, so
     * such a gap separates the numbers of two narrow columns ({@code 32   1613}).
     */
    static final float NUMBER_GAP = 0.5f;
    /** Between two narrow glyphs (Latin letters, digits) a gap wider than this many font sizes is a space. */
    private static final float WORD_GAP = 0.2f;
    /** Glyphs whose baselines differ by less than this many font sizes share a line (sub- and superscripts). */
    private static final float BASELINE_DRIFT = 0.25f;
    /** The same glyph drawn again less than this share of its width away is one glyph drawn twice (fake bold). */
    private static final float OVERPRINT = 0.3f;
    /** A gap of at least this many font sizes may hold a column edge; glyphs closer than that touch. */
    private static final float EDGE_GAP = 0.1f;

    final List<Glyph> glyphs;
    final String text;
    final float x;
    final float top;
    final float right;
    final float bottom;
    final float size;
    /** {@link #pieces()}, worked out on first use: layout steps ask for it repeatedly. */
    private List<TextLine> pieces;

    private TextLine(List<Glyph> glyphs) {
        this.glyphs = glyphs;
        StringBuilder out = new StringBuilder(glyphs.size() + 8);
        float minX = Float.MAX_VALUE;
        float minTop = Float.MAX_VALUE;
        float maxRight = -Float.MAX_VALUE;
        float maxBottom = -Float.MAX_VALUE;
        float sizes = 0;
        Glyph previous = null;
        for (Glyph g : glyphs) {
            float gap = previous == null ? 0 : g.x() - previous.right();
            if (previous != null && (gap > COLUMN_GAP * g.size()
                    || gap > WORD_GAP * g.size() && !previous.isWide() && !g.isWide())) {
                out.append(' ');
            }
            out.append(g.text());
            minX = Math.min(minX, g.x());
            minTop = Math.min(minTop, g.top());
            maxRight = Math.max(maxRight, g.right());
            maxBottom = Math.max(maxBottom, g.bottom());
            sizes += g.size();
            previous = g;
        }
        this.text = out.toString();
        this.x = minX;
        this.top = minTop;
        this.right = maxRight;
        this.bottom = maxBottom;
        this.size = sizes / glyphs.size();
    }

    float baseline() {
        return glyphs.get(0).baseline();
    }

    /** The line's box on the given page. */
    Origin.Region region(int page) {
        return new Origin.Region(page, x, top, right - x, bottom - top);
    }

    /**
     * Groups glyphs into lines, top to bottom. Glyphs belong to one line when their baselines are within a
     * quarter of a font size: text of one line shares its baseline, while a label centred between two
     * table rows sits half a line off.
     */
    static List<TextLine> group(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float anchor = 0;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && g.baseline() - anchor > BASELINE_DRIFT * Math.min(g.size(), current.get(0).size())) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                anchor = g.baseline();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    private static TextLine line(List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        List<Glyph> kept = new ArrayList<>(glyphs.size());
        for (Glyph g : glyphs) {
            Glyph last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            boolean overprint = last != null && last.text().equals(g.text())
                    && Math.abs(last.x() - g.x()) < OVERPRINT * g.width();
            if (!overprint) {
                kept.add(g);
            }
        }
        return new TextLine(kept);
    }

    /** The line cut where glyphs lie more than {@link #COLUMN_GAP} (digits {@link #NUMBER_GAP}) font sizes apart. */
    List<TextLine> pieces() {
        if (pieces == null) {
            pieces = cut();
        }
        return pieces;
    }

    private List<TextLine> cut() {
        List<TextLine> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i < glyphs.size(); i++) {
            Glyph a = glyphs.get(i - 1);
            Glyph b = glyphs.get(i);
            float gap = b.x() - a.right();
            float size = Math.max(a.size(), b.size());
            boolean digits = isDigit(a.text().charAt(a.text().length() - 1)) && isDigit(b.text().charAt(0));
            if (gap > COLUMN_GAP * size || digits && gap > NUMBER_GAP * size) {
                out.add(new TextLine(glyphs.subList(from, i)));
                from = i;
            }
        }
        if (from == 0) {
            out.add(this);
        } else {
            out.add(new TextLine(glyphs.subList(from, glyphs.size())));
        }
        return List.copyOf(out);
    }

    /**
     * This piece cut at each of the column edges that falls in a visible gap between two of its glyphs
     * (more than a tenth of the font size): words of neighbouring narrow cells set closer than
     * {@link #COLUMN_GAP} ({@code 结果维 结果纠}). Text running across an edge without a gap is one cell
     * spanning columns and stays whole.
     */
    List<TextLine> cutAt(float[] edges) {
        List<TextLine> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i < glyphs.size(); i++) {
            Glyph a = glyphs.get(i - 1);
            Glyph b = glyphs.get(i);
            if (b.x() - a.right() > EDGE_GAP * Math.max(a.size(), b.size()) && edgeBetween(edges, a.right(), b.x())) {
                out.add(new TextLine(glyphs.subList(from, i)));
                from = i;
            }
        }
        if (from == 0) {
            return List.of(this);
        }
        out.add(new TextLine(glyphs.subList(from, glyphs.size())));
        return out;
    }

    private static boolean edgeBetween(float[] edges, float from, float to) {
        for (float edge : edges) {
            if (edge > from && edge < to) {
                return true;
            }
        }
        return false;
    }

    /** A word of a cell and its wrapped rest below it, as one piece spelling both. */
    static TextLine stacked(TextLine upper, TextLine lower) {
        List<Glyph> glyphs = new ArrayList<>(upper.glyphs);
        glyphs.addAll(lower.glyphs);
        return new TextLine(glyphs);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** Joins lines of one paragraph or cell, top to bottom: directly between CJK, with a space between words. */
    static String join(List<TextLine> lines) {
        StringBuilder out = new StringBuilder();
        for (TextLine line : lines) {
            LineJoin.append(out, line.text, LineJoin.Break.LAYOUT);
        }
        return out.toString();
    }
}
