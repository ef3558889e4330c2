package io.github.gongkai.ocr;

/**
 * The angle a page was scanned at, found by projection profiles: the ink of a straight page, summed along
 * its rows, comes in sharp peaks (text lines, table rules); the angle whose sheared sums vary most is the
 * page's. Scans are fed crooked by a few degrees at most.
 */
final class Skew {
    /** The largest angle looked for, in degrees. */
    private static final double RANGE = 3;
    private static final double COARSE = 0.25;
    private static final double STEP = 0.05;
    /** Every how many pixels a column is sampled: enough to see lines, cheap at 300 dpi. */
    private static final int SAMPLE = 4;

    private Skew() {
    }

    /** The angle in degrees, clockwise positive, by which the page's content is turned. */
    static double angle(boolean[] ink, int width, int height) {
        double coarse = search(ink, width, height, -RANGE, RANGE, COARSE);
        return search(ink, width, height, coarse - COARSE, coarse + COARSE, STEP);
    }

    private static double search(boolean[] ink, int width, int height, double from, double to, double step) {
        double best = 0;
        double bestScore = -1;
        for (int i = 0; from + i * step <= to + 1e-9; i++) {
            double a = from + i * step;
            double score = score(ink, width, height, Math.tan(Math.toRadians(a)));
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        return best;
    }

    /** The sum of squared row sums, rows sheared by {@code slope}: highest when rows follow the lines. */
    private static double score(boolean[] ink, int width, int height, double slope) {
        long[] rows = new long[height];
        for (int x = 0; x < width; x += SAMPLE) {
            int shift = (int) Math.round(slope * (x - width / 2.0));
            for (int y = 0; y < height; y++) {
                if (ink[y * width + x]) {
                    int r = y - shift;
                    if (r >= 0 && r < height) {
                        rows[r]++;
                    }
                }
            }
        }
        double score = 0;
        for (long r : rows) {
            score += (double) r * r;
        }
        return score;
    }
}
