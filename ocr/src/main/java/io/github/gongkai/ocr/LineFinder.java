package io.github.gongkai.ocr;

import io.github.gongkai.spi.RecognizedPage.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the ruling lines of tables on a straightened page bitmap: horizontal runs of ink much longer than a
 * character, and vertical runs that reach from one horizontal line to another (a character's strokes do not).
 * Each line is returned once, at the middle of its thickness.
 */
final class LineFinder {
    /** A horizontal rule is at least this long, in points: several characters wide. */
    private static final float MIN_HORIZONTAL = 40;
    /** A vertical rule between two horizontal ones is at least this long, in points. */
    private static final float MIN_VERTICAL = 12;
    /**
     * Pieces of a horizontal line at least this long, in points, are joined across breaks up to
     * {@link #BREAK}: longer than a character's stroke, so that strokes in a row of text never add up to a line.
     */
    private static final float PIECE = 14;
    /** The same for vertical pieces, which must also reach from one horizontal line to another. */
    private static final float VERTICAL_PIECE = 6;
    /** A scanned line broken by faint spots: pieces this close, in points, on one level are one line. */
    private static final float BREAK = 3;
    /** Breaks in a run of ink up to this long, in points, are bridged. */
    private static final float GAP = 0.5f;
    /** Grey levels are averaged along a line over this length, in points, so that grain does not break it. */
    private static final float SMOOTH = 1f;
    /** How far a vertical rule's ends may fall short of a horizontal one, in points. */
    private static final float REACH = 2;

    private final PageImage page;
    private final int threshold;
    private final int width;
    private final int height;
    private final float scale;

    LineFinder(PageImage page, int threshold, float pixelsPerPoint) {
        this.page = page;
        this.threshold = threshold;
        this.width = page.width;
        this.height = page.height;
        this.scale = pixelsPerPoint;
    }

    /** The ruling lines, in points. */
    List<Segment> find() {
        List<Segment> horizontals = runs(true);
        List<Segment> verticals = new ArrayList<>();
        for (Segment v : runs(false)) {
            between(v, horizontals).ifPresent(verticals::add);
        }
        List<Segment> all = new ArrayList<>(horizontals);
        all.addAll(verticals);
        return all;
    }

    /**
     * The part of a vertical run from the first to the last horizontal line it reaches, if it reaches two: a
     * rule between rows. A character's stroke reaches no line, and one joined to a rule is cut off.
     */
    private static java.util.Optional<Segment> between(Segment v, List<Segment> horizontals) {
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (Segment h : horizontals) {
            if (v.x1() >= h.x1() - REACH && v.x1() <= h.x2() + REACH
                    && h.y1() >= v.y1() - REACH && h.y1() <= v.y2() + REACH) {
                top = Math.min(top, h.y1());
                bottom = Math.max(bottom, h.y1());
            }
        }
        return bottom - top >= MIN_VERTICAL ? java.util.Optional.of(new Segment(v.x1(), top, v.x2(), bottom))
                : java.util.Optional.empty();
    }

    /**
     * Long runs along rows ({@code horizontal}) or columns; runs on neighbouring pixel rows that overlap
     * are one line several pixels thick.
     */
    private List<Segment> runs(boolean horizontal) {
        int lines = horizontal ? height : width;
        int length = horizontal ? width : height;
        int min = Math.round((horizontal ? PIECE : VERTICAL_PIECE) * scale);
        int gap = Math.max(1, Math.round(GAP * scale));
        int radius = Math.max(1, Math.round(SMOOTH * scale / 2));
        int window = 2 * radius + 1;
        int[] darkest = new int[length];
        // Averaged over a stretch of line, grain evens out: a faint line (thin at a low resolution, spread
        // by straightening) is told from paper by a threshold halfway to white.
        int lenient = (threshold + 255) / 2;
        List<int[]> found = new ArrayList<>(); // {line, from, to}
        for (int l = 0; l < lines; l++) {
            for (int p = 0; p < length; p++) {
                darkest[p] = horizontal ? darkest(p, l, true) : darkest(l, p, false);
            }
            int start = -1;
            int last = -1;
            // The window's sum, paper (255) counted beyond the page's edge.
            int sum = (radius + 1) * 255;
            for (int p = 0; p < radius; p++) {
                sum += p < length ? darkest[p] : 255;
            }
            for (int p = 0; p <= length; p++) {
                boolean on = false;
                if (p < length) {
                    int add = p + radius;
                    int drop = p - radius - 1;
                    sum += (add < length ? darkest[add] : 255) - (drop >= 0 ? darkest[drop] : 255);
                    on = darkest[p] <= lenient;
                }
                if (on) {
                    if (start < 0 || p - last > gap) {
                        if (start >= 0 && last - start + 1 >= min) {
                            found.add(new int[] {l, start, last});
                        }
                        start = p;
                    }
                    last = p;
                }
            }
            if (start >= 0 && last - start + 1 >= min) {
                found.add(new int[] {l, start, last});
            }
        }
        return joined(merge(found, horizontal), horizontal);
    }

    /** Pieces on one level joined across short breaks; the lines long enough to be rules. */
    private List<Segment> joined(List<Segment> pieces, boolean horizontal) {
        List<Segment> sorted = new ArrayList<>(pieces);
        sorted.sort(horizontal
                ? java.util.Comparator.comparingDouble(Segment::x1)
                : java.util.Comparator.comparingDouble(Segment::y1));
        List<Segment> lines = new ArrayList<>();
        for (Segment piece : sorted) {
            int at = -1;
            for (int i = 0; i < lines.size(); i++) {
                Segment line = lines.get(i);
                boolean level = horizontal ? Math.abs(line.y1() - piece.y1()) <= 1
                        : Math.abs(line.x1() - piece.x1()) <= 1;
                float gap = horizontal ? piece.x1() - line.x2() : piece.y1() - line.y2();
                if (level && gap <= BREAK) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                lines.add(piece);
            } else {
                Segment line = lines.get(at);
                lines.set(at, horizontal
                        ? new Segment(line.x1(), line.y1(), Math.max(line.x2(), piece.x2()), line.y2())
                        : new Segment(line.x1(), line.y1(), line.x2(), Math.max(line.y2(), piece.y2())));
            }
        }
        float min = horizontal ? MIN_HORIZONTAL : MIN_VERTICAL;
        lines.removeIf(l -> (horizontal ? l.x2() - l.x1() : l.y2() - l.y1()) < min);
        return lines;
    }

    /** The darkest of a pixel and its neighbours across the line, so that a slightly crooked line stays one run. */
    private int darkest(int x, int y, boolean horizontal) {
        int here = page.at(x, y);
        if (horizontal) {
            int above = y > 0 ? page.at(x, y - 1) : 255;
            int below = y + 1 < height ? page.at(x, y + 1) : 255;
            return Math.min(here, Math.min(above, below));
        }
        int left = x > 0 ? page.at(x - 1, y) : 255;
        int right = x + 1 < width ? page.at(x + 1, y) : 255;
        return Math.min(here, Math.min(left, right));
    }

    /** Joins runs on adjacent lines that overlap into one segment at their mean position. */
    private List<Segment> merge(List<int[]> runs, boolean horizontal) {
        List<int[]> groups = new ArrayList<>(); // {firstLine, lastLine, from, to, sumLine, count}
        List<int[]> open = new ArrayList<>();
        for (int[] run : runs) {
            int[] joined = null;
            for (int[] g : open) {
                if (run[0] - g[1] <= 1 && run[1] <= g[3] && run[2] >= g[2]) {
                    joined = g;
                    break;
                }
            }
            if (joined == null) {
                joined = new int[] {run[0], run[0], run[1], run[2], 0, 0};
                groups.add(joined);
                open.add(joined);
            }
            joined[1] = run[0];
            joined[2] = Math.min(joined[2], run[1]);
            joined[3] = Math.max(joined[3], run[2]);
            joined[4] += run[0];
            joined[5]++;
            int current = run[0];
            open.removeIf(g -> current - g[1] > 1);
        }
        List<Segment> out = new ArrayList<>(groups.size());
        for (int[] g : groups) {
            float at = (float) g[4] / g[5] / scale;
            float from = g[2] / scale;
            float to = (g[3] + 1) / scale;
            out.add(horizontal ? new Segment(from, at, to, at) : new Segment(at, from, at, to));
        }
        return out;
    }
}
