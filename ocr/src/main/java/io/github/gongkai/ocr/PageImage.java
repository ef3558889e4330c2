package io.github.gongkai.ocr;

import java.awt.image.BufferedImage;

/**
 * A page as grey levels, one byte per pixel, 0 black. Grey is taken as the brightest of the three colour
 * channels, so that a red seal stamped over the text turns nearly white while black print stays black.
 */
final class PageImage {
    final int width;
    final int height;
    final byte[] grey;

    PageImage(int width, int height, byte[] grey) {
        this.width = width;
        this.height = height;
        this.grey = grey;
    }

    static PageImage of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] grey = new byte[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int rgb = row[x];
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                grey[y * w + x] = (byte) Math.max(r, Math.max(g, b));
            }
        }
        return new PageImage(w, h, grey);
    }

    int at(int x, int y) {
        return grey[y * width + x] & 0xff;
    }

    /** Otsu's threshold: the grey level that best separates ink from paper. */
    int threshold() {
        long[] histogram = new long[256];
        for (byte b : grey) {
            histogram[b & 0xff]++;
        }
        long total = grey.length;
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += (double) i * histogram[i];
        }
        double sumBelow = 0;
        long below = 0;
        double best = -1;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            below += histogram[t];
            if (below == 0) {
                continue;
            }
            long above = total - below;
            if (above == 0) {
                break;
            }
            sumBelow += (double) t * histogram[t];
            double meanBelow = sumBelow / below;
            double meanAbove = (sum - sumBelow) / above;
            double between = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        return threshold;
    }

    /** Ink as a bitmap: true where a pixel is darker than the threshold. */
    boolean[] ink(int threshold) {
        boolean[] ink = new boolean[grey.length];
        for (int i = 0; i < grey.length; i++) {
            ink[i] = (grey[i] & 0xff) <= threshold;
        }
        return ink;
    }

    /** The page turned by {@code degrees} (clockwise positive) about its centre, paper filling the corners. */
    PageImage rotated(double degrees) {
        double radians = Math.toRadians(degrees);
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        double cx = width / 2.0;
        double cy = height / 2.0;
        byte[] out = new byte[grey.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // The source pixel that lands on (x, y), bilinearly interpolated.
                double sx = cos * (x - cx) + sin * (y - cy) + cx;
                double sy = -sin * (x - cx) + cos * (y - cy) + cy;
                int x0 = (int) Math.floor(sx);
                int y0 = (int) Math.floor(sy);
                if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) {
                    out[y * width + x] = (byte) 255;
                    continue;
                }
                double fx = sx - x0;
                double fy = sy - y0;
                double v = (1 - fx) * (1 - fy) * at(x0, y0) + fx * (1 - fy) * at(x0 + 1, y0)
                        + (1 - fx) * fy * at(x0, y0 + 1) + fx * fy * at(x0 + 1, y0 + 1);
                out[y * width + x] = (byte) Math.round(v);
            }
        }
        return new PageImage(width, height, out);
    }
}
