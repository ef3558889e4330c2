package io.github.gongkai.ocr;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;

/**
 * A cell's ink cut into text lines for a line recogniser (PP-OCR reads one line at a time), each line cropped
 * to its ink with a margin and scaled to the model's input height, as PaddleOCR prepares its crops.
 */
final class CellLines {
    /**
     * A short line (a lone digit) is padded to this width, twice the model's height. PaddleOCR pads every line
     * to 320 (its input shape 3×48×320); on the scanned fixtures that read the same cells the same way at twice
     * the cost.
     */
    static final int MIN_WIDTH = 96;

    private CellLines() {
    }

    /** A pixel rectangle [x0, x1) × [y0, y1). */
    record Span(int x0, int y0, int x1, int y1) {
    }

    /**
     * The lines of ink inside a rectangle of the page, top to bottom, each cropped to its ink with a margin of a
     * quarter of its height. Gaps thinner than a quarter of the tallest run (the strokes of 二 or 三) do not
     * split a line; runs less than a third as tall as the tallest line are specks.
     */
    static List<Span> lines(PageImage page, int threshold, Span cell) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        int tallest = 0;
        for (int y = cell.y0(); y <= cell.y1(); y++) {
            boolean ink = y < cell.y1() && inked(page, threshold, y, cell.x0(), cell.x1());
            if (ink && start < 0) {
                start = y;
            } else if (!ink && start >= 0) {
                runs.add(new int[] {start, y});
                tallest = Math.max(tallest, y - start);
                start = -1;
            }
        }
        List<int[]> joined = new ArrayList<>();
        for (int[] run : runs) {
            int[] last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && run[0] - last[1] < Math.max(2, tallest / 4)) {
                last[1] = run[1];
            } else {
                joined.add(run);
            }
        }
        int tall = joined.stream().mapToInt(r -> r[1] - r[0]).max().orElse(0);
        List<Span> out = new ArrayList<>();
        for (int[] run : joined) {
            if (run[1] - run[0] >= tall / 3) {
                out.add(crop(page, threshold, cell.x0(), run[0], cell.x1(), run[1]));
            }
        }
        return out;
    }

    /** A row holds ink where two of its pixels are dark: one is noise. */
    private static boolean inked(PageImage page, int threshold, int y, int x0, int x1) {
        int dark = 0;
        for (int x = x0; x < x1; x++) {
            if (page.at(x, y) <= threshold && ++dark >= 2) {
                return true;
            }
        }
        return false;
    }

    private static Span crop(PageImage page, int threshold, int x0, int top, int x1, int bottom) {
        int left = x1;
        int right = x0;
        for (int y = top; y < bottom; y++) {
            for (int x = x0; x < x1; x++) {
                if (page.at(x, y) <= threshold) {
                    left = Math.min(left, x);
                    right = Math.max(right, x + 1);
                }
            }
        }
        int margin = Math.max(2, (bottom - top) / 4);
        return new Span(Math.max(0, left - margin), Math.max(0, top - margin), Math.min(page.width, right + margin),
                Math.min(page.height, bottom + margin));
    }

    /**
     * A line scaled to {@code height} pixels, its width in proportion, as the model's input: three equal
     * channels, each {@code height} rows of {@code width} values from −1 (black) to 1 (white), padded with 0 to
     * at least {@link #MIN_WIDTH}.
     *
     * @return the values; their width is {@code length / (3 * height)}
     */
    static float[] input(PageImage page, Span line, int height) {
        int w = line.x1() - line.x0();
        int h = line.y1() - line.y0();
        BufferedImage crop = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = ((DataBufferByte) crop.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            System.arraycopy(page.grey, (line.y0() + y) * page.width + line.x0(), pixels, y * w, w);
        }
        int scaledWidth = Math.max(1, (int) Math.ceil((double) height * w / h));
        BufferedImage scaled = new BufferedImage(scaledWidth, height, BufferedImage.TYPE_BYTE_GRAY);
        var g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(crop, 0, 0, scaledWidth, height, null);
        g.dispose();
        byte[] grey = ((DataBufferByte) scaled.getRaster().getDataBuffer()).getData();
        int width = Math.max(MIN_WIDTH, scaledWidth);
        float[] data = new float[3 * height * width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < scaledWidth; x++) {
                float v = (grey[y * scaledWidth + x] & 0xff) / 127.5f - 1f;
                for (int c = 0; c < 3; c++) {
                    data[(c * height + y) * width + x] = v;
                }
            }
        }
        return data;
    }
}
