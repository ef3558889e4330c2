package io.github.gongkai.ocr;

import io.github.gongkai.spi.RecognizedPage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** A page straightened and handed to one thread's engines. */
final class TesseractPage implements RecognizedPage {
    /** A cell with fewer dark pixels than this share of its area is blank: specks, not writing. */
    private static final double BLANK = 0.002;
    /** Straightening by less than this (degrees) changes nothing a reader would notice. */
    private static final double STRAIGHT = 0.1;
    /** Half the width, in points, of the band erased along each ruling line: a printed rule and its blur. */
    private static final float LINE = 1f;

    private final Engine engine;
    private final CellEngine cells;
    private final PageImage page;
    private final boolean[] ink;
    private final float scale;
    private final List<Segment> rulings;

    private TesseractPage(Engine engine, CellEngine cells, PageImage page, boolean[] ink, float scale,
            List<Segment> rulings) {
        this.engine = engine;
        this.cells = cells;
        this.page = page;
        this.ink = ink;
        this.scale = scale;
        this.rulings = rulings;
    }

    static TesseractPage open(Engine engine, CellEngine cells, PageImage scanned, float scale) {
        int threshold = scanned.threshold();
        boolean[] ink = scanned.ink(threshold);
        double angle = Skew.angle(ink, scanned.width, scanned.height);
        PageImage page = scanned;
        if (Math.abs(angle) >= STRAIGHT) {
            page = scanned.rotated(-angle);
            ink = page.ink(threshold);
        }
        List<Segment> rulings = new LineFinder(page, threshold, scale).find();
        // The engine sees the page without its ruling lines: a cell's border read as a stroke becomes
        // a 1 or an l.
        cells.image(erased(page, rulings, scale), scale);
        return new TesseractPage(engine, cells, page, ink, scale, rulings);
    }

    private static PageImage erased(PageImage page, List<Segment> rulings, float scale) {
        byte[] grey = Arrays.copyOf(page.grey, page.grey.length);
        int half = Math.max(1, Math.round(LINE * scale));
        for (Segment s : rulings) {
            int x0 = Math.max(0, Math.round(s.x1() * scale) - half);
            int x1 = Math.min(page.width, Math.round(s.x2() * scale) + half + 1);
            int y0 = Math.max(0, Math.round(s.y1() * scale) - half);
            int y1 = Math.min(page.height, Math.round(s.y2() * scale) + half + 1);
            for (int y = y0; y < y1; y++) {
                Arrays.fill(grey, y * page.width + x0, y * page.width + x1, (byte) 255);
            }
        }
        return new PageImage(page.width, page.height, grey);
    }

    @Override
    public List<Segment> rulings() {
        return rulings;
    }

    @Override
    public Recognized cell(Box box) throws IOException {
        if (blank(box)) {
            return new Recognized("", box, 1, List.of());
        }
        return cells.cell(box);
    }

    private boolean blank(Box box) {
        int x0 = Math.max(0, Math.round(box.x() * scale));
        int y0 = Math.max(0, Math.round(box.y() * scale));
        int x1 = Math.min(page.width, Math.round((box.x() + box.width()) * scale));
        int y1 = Math.min(page.height, Math.round((box.y() + box.height()) * scale));
        long dark = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (ink[y * page.width + x]) {
                    dark++;
                }
            }
        }
        return dark <= BLANK * Math.max(1, (long) (x1 - x0) * (y1 - y0));
    }

    @Override
    public List<Recognized> lines(List<Box> outside) {
        byte[] grey = Arrays.copyOf(page.grey, page.grey.length);
        for (Box box : outside) {
            int x0 = Math.max(0, Math.round(box.x() * scale) - 2);
            int y0 = Math.max(0, Math.round(box.y() * scale) - 2);
            int x1 = Math.min(page.width, Math.round((box.x() + box.width()) * scale) + 2);
            int y1 = Math.min(page.height, Math.round((box.y() + box.height()) * scale) + 2);
            for (int y = y0; y < y1; y++) {
                Arrays.fill(grey, y * page.width + x0, y * page.width + x1, (byte) 255);
            }
        }
        return engine.lines(new PageImage(page.width, page.height, grey), scale);
    }

    @Override
    public void close() {
        // The engines stay with their thread for the next page; the image is released with this object.
    }
}
