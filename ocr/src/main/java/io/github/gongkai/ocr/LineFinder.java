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
    private static final float MIN_VERTICAL = 8;
    /** Breaks in a scanned line up to this long, in points, are bridged. */
    private static final float GAP = 1.5f;
    /** How far a vertical rule's ends may fall short of a horizontal one, in points. */
    private static final float REACH = 4;

    private final boolean[] ink;
    private final int width;
    private final int height;
    private final float scale;

    LineFinder(boolean[] ink, int width, int height, float pixelsPerPoint) {
        this.ink = ink;
        this.width = width;
        this.height = height;
        this.scale = pixelsPerPoint;
    }

    /** The ruling lines, in points. */
    List<Segment> find() {
        List<Segment> horizontals = runs(true);
        List<Segment> verticals = new ArrayList<>();
        for (Segment v : runs(false)) {
            if (touches(v.y1(), v.x1(), horizontals) && touches(v.y2(), v.x1(), horizontals)) {
                verticals.add(v);
            }
        }
        List<Segment> all = new ArrayList<>(horizontals);
        all.addAll(verticals);
        return all;
    }

    private static boolean touches(float y, float x, List<Segment> horizontals) {
        for (Segment h : horizontals) {
            if (Math.abs(h.y1() - y) <= REACH && x >= h.x1() - REACH && x <= h.x2() + REACH) {
                return true;
            }
        }
        return false;
    }

    /**
     * Long runs along rows ({@code horizontal}) or columns; runs on neighbouring pixel rows that overlap
     * are one line several pixels thick.
     */
    private List<Segment> runs(boolean horizontal) {
        int lines = horizontal ? height : width;
        int length = horizontal ? width : height;
        int min = Math.round((horizontal ? MIN_HORIZONTAL : MIN_VERTICAL) * scale);
        int gap = Math.max(1, Math.round(GAP * scale));
        List<int[]> found = new ArrayList<>(); // {line, from, to}
        for (int l = 0; l < lines; l++) {
            int start = -1;
            int last = -1;
            for (int p = 0; p <= length; p++) {
                boolean on = p < length && (horizontal ? thick(p, l, true) : thick(l, p, false));
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
        return merge(found, horizontal);
    }

    /** Ink at a pixel or its neighbour across the line, so that a slightly crooked line stays one run. */
    private boolean thick(int x, int y, boolean horizontal) {
        int i = y * width + x;
        if (ink[i]) {
            return true;
        }
        return horizontal ? y + 1 < height && ink[i + width] : x + 1 < width && ink[i + 1];
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
