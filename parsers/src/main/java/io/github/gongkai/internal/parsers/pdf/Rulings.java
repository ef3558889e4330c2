package io.github.gongkai.internal.parsers.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Cleaning and grouping of a page's ruling lines. */
final class Rulings {
    /** Share of the page's width a horizontal rule must span to bound a table ruled only by horizontal rules. */
    private static final float BAND_RULE_WIDTH = 0.3f;
    /** Share of a rule's length by which rules of one band may differ at their ends (drawn by hand, or per cell). */
    private static final float SAME_EXTENT = 0.05f;
    private Rulings() {
    }

    /**
     * Joins collinear pieces: Word and WPS draw each cell's border separately, and double strokes or thin
     * rectangles repeat a line. The result holds each line once, at its full length.
     */
    static List<Ruling> merge(List<Ruling> rulings, boolean horizontal) {
        List<Ruling> lines = new ArrayList<>();
        for (Ruling r : rulings) {
            if (r.horizontal() == horizontal) {
                lines.add(r);
            }
        }
        Comparator<Ruling> byLevel = horizontal
                ? Comparator.comparingDouble(Ruling::y1).thenComparingDouble(Ruling::x1)
                : Comparator.comparingDouble(Ruling::x1).thenComparingDouble(Ruling::y1);
        lines.sort(byLevel);
        List<Ruling> merged = new ArrayList<>();
        List<Ruling> level = new ArrayList<>();
        float levelAt = Float.NaN;
        for (Ruling r : lines) {
            float at = horizontal ? r.y1() : r.x1();
            if (!level.isEmpty() && at - levelAt > Geometry.SNAP) {
                mergeLevel(level, horizontal, merged);
                level.clear();
            }
            if (level.isEmpty()) {
                levelAt = at;
            }
            level.add(r);
        }
        mergeLevel(level, horizontal, merged);
        return merged;
    }

    private static void mergeLevel(List<Ruling> level, boolean horizontal, List<Ruling> out) {
        if (level.isEmpty()) {
            return;
        }
        level.sort(Comparator.comparingDouble(r -> horizontal ? r.x1() : r.y1()));
        float sum = 0;
        for (Ruling r : level) {
            sum += horizontal ? r.y1() : r.x1();
        }
        float at = sum / level.size();
        float from = Float.NaN;
        float to = Float.NaN;
        for (Ruling r : level) {
            float a = horizontal ? r.x1() : r.y1();
            float b = horizontal ? r.x2() : r.y2();
            if (!Float.isNaN(from) && a > to + Geometry.SNAP) {
                out.add(horizontal ? new Ruling(from, at, to, at) : new Ruling(at, from, at, to));
                from = Float.NaN;
            }
            if (Float.isNaN(from)) {
                from = a;
                to = b;
            } else {
                to = Math.max(to, b);
            }
        }
        out.add(horizontal ? new Ruling(from, at, to, at) : new Ruling(at, from, at, to));
    }

    /** Whether a horizontal and a vertical line cross or touch. */
    static boolean meet(Ruling h, Ruling v) {
        return v.x1() >= h.x1() - Geometry.SNAP && v.x1() <= h.x2() + Geometry.SNAP
                && h.y1() >= v.y1() - Geometry.SNAP && h.y1() <= v.y2() + Geometry.SNAP;
    }

    /** Sorted positions, those closer than {@link Geometry#MIN_CELL} folded into their mean. */
    static float[] levels(List<Float> positions) {
        positions.sort(null);
        List<Float> out = new ArrayList<>();
        float sum = 0;
        int count = 0;
        float first = 0;
        for (float p : positions) {
            if (count > 0 && p - first > Geometry.MIN_CELL) {
                out.add(sum / count);
                count = 0;
                sum = 0;
            }
            if (count == 0) {
                first = p;
            }
            sum += p;
            count++;
        }
        if (count > 0) {
            out.add(sum / count);
        }
        return toArray(out);
    }

    /** The positions as an array, in the list's order. */
    static float[] toArray(List<Float> positions) {
        float[] out = new float[positions.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = positions.get(i);
        }
        return out;
    }

    /** The index i with {@code levels[i] <= p < levels[i+1]}, or -1 when p lies outside. */
    static int slot(float[] levels, float p) {
        if (levels.length < 2 || p < levels[0] || p > levels[levels.length - 1]) {
            return -1;
        }
        int lo = 0;
        int hi = levels.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (levels[mid] <= p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Lines that touch each other, in groups. A table is one group; a lone horizontal rule is a group of its own.
     */
    static List<RulingGroup> connected(List<Ruling> horizontals, List<Ruling> verticals) {
        int n = horizontals.size();
        UnionFind sets = new UnionFind(n + verticals.size());
        for (int h = 0; h < n; h++) {
            for (int v = 0; v < verticals.size(); v++) {
                if (meet(horizontals.get(h), verticals.get(v))) {
                    sets.union(h, n + v);
                }
            }
        }
        List<RulingGroup> groups = new ArrayList<>();
        int[] index = new int[sets.size()];
        Arrays.fill(index, -1);
        for (int i = 0; i < sets.size(); i++) {
            int root = sets.find(i);
            if (index[root] < 0) {
                index[root] = groups.size();
                groups.add(new RulingGroup(new ArrayList<>(), new ArrayList<>()));
            }
            RulingGroup group = groups.get(index[root]);
            if (i < n) {
                group.horizontals().add(horizontals.get(i));
            } else {
                group.verticals().add(verticals.get(i - n));
            }
        }
        return groups;
    }

    /**
     * Bands between horizontal rules of about the same extent with no vertical lines: tables ruled only
     * above and below, perhaps under the header or between all rows.
     */
    static List<RuledBand> bands(List<Ruling> loose, float pageWidth) {
        List<Ruling> wide = new ArrayList<>();
        for (Ruling r : loose) {
            if (r.length() >= pageWidth * BAND_RULE_WIDTH) {
                wide.add(r);
            }
        }
        wide.sort((a, b) -> Float.compare(a.y1(), b.y1()));
        List<RuledBand> bands = new ArrayList<>();
        int i = 0;
        while (i < wide.size()) {
            Ruling first = wide.get(i);
            int j = i;
            while (j + 1 < wide.size() && sameExtent(first, wide.get(j + 1))) {
                j++;
            }
            if (j > i) {
                float[] rules = new float[j - i + 1];
                for (int k = i; k <= j; k++) {
                    rules[k - i] = wide.get(k).y1();
                }
                bands.add(new RuledBand(first.x1(), first.x2(), Edges.of(rules)));
            }
            i = j + 1;
        }
        return bands;
    }

    private static boolean sameExtent(Ruling a, Ruling b) {
        float tolerance = Math.max(Geometry.SNAP * 2, a.length() * SAME_EXTENT);
        return Math.abs(a.x1() - b.x1()) <= tolerance && Math.abs(a.x2() - b.x2()) <= tolerance;
    }
}
