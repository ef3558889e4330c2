package io.github.gongkai.ocr;

import java.awt.image.BufferedImage;
import java.util.Arrays;

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

    /** The pixels of a rectangle, clipped to the page. */
    PageImage region(int x, int y, int w, int h) {
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = Math.min(width, x + w);
        int y1 = Math.min(height, y + h);
        int cw = Math.max(1, x1 - x0);
        int ch = Math.max(1, y1 - y0);
        byte[] out = new byte[cw * ch];
        Arrays.fill(out, (byte) 255);
        for (int row = 0; row < y1 - y0; row++) {
            System.arraycopy(grey, (y0 + row) * width + x0, out, row * cw, x1 - x0);
        }
        return new PageImage(cw, ch, out);
    }

    /** This image, grey as it is, within a white margin of {@code margin} pixels on each side. */
    PageImage padded(int margin) {
        int w = width + 2 * margin;
        byte[] out = new byte[w * (height + 2 * margin)];
        Arrays.fill(out, (byte) 255);
        for (int row = 0; row < height; row++) {
            System.arraycopy(grey, row * width, out, (row + margin) * w + margin, width);
        }
        return new PageImage(w, height + 2 * margin, out);
    }

    /**
     * The image enlarged {@code scale} times (bilinear) and made black and white at {@code threshold}, with
     * {@code margin} pixels of paper around it: the same print as the recogniser would see it with thinner or
     * thicker strokes, and larger.
     */
    PageImage binarised(int threshold, int scale, int margin) {
        int w = width * scale + 2 * margin;
        int h = height * scale + 2 * margin;
        byte[] out = new byte[w * h];
        Arrays.fill(out, (byte) 255);
        for (int y = 0; y < height * scale; y++) {
            double sy = Math.min(height - 1, Math.max(0, (y + 0.5) / scale - 0.5));
            int y0 = (int) sy;
            int y1 = Math.min(height - 1, y0 + 1);
            double fy = sy - y0;
            for (int x = 0; x < width * scale; x++) {
                double sx = Math.min(width - 1, Math.max(0, (x + 0.5) / scale - 0.5));
                int x0 = (int) sx;
                int x1 = Math.min(width - 1, x0 + 1);
                double fx = sx - x0;
                double v = (1 - fx) * (1 - fy) * at(x0, y0) + fx * (1 - fy) * at(x1, y0)
                        + (1 - fx) * fy * at(x0, y1) + fx * fy * at(x1, y1);
                if (v <= threshold) {
                    out[(y + margin) * w + x + margin] = 0;
                }
            }
        }
        return new PageImage(w, h, out);
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
