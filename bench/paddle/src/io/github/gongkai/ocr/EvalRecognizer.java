package io.github.gongkai.ocr;

import io.github.gongkai.spi.PageRecognizer;
import io.github.gongkai.spi.RecognizedPage;
import io.github.gongkai.spi.RecognizedPage.Box;
import io.github.gongkai.spi.RecognizedPage.Recognized;
import io.github.gongkai.spi.RecognizedPage.Segment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The module's recogniser (its cell engine chosen by the system property {@code gongkai.ocr.paddle}, as a
 * user chooses it), timing the reading of cells and keeping each cell as read, for {@link PaddleEval}.
 */
public final class EvalRecognizer implements PageRecognizer {
    /** Processor time spent reading cells, on the threads that read them (one core each). */
    static final AtomicLong CELL_NANOS = new AtomicLong();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Pages opened so far, the first being 1. */
    static final AtomicInteger PAGES = new AtomicInteger();
    /** Every cell read, on the page it is on, to be compared with the source's cells. */
    static final List<Read> READ = new CopyOnWriteArrayList<>();

    private final TesseractRecognizer shipped = new TesseractRecognizer();

    @Override
    public boolean available() {
        return shipped.available();
    }

    @Override
    public String unavailable() {
        return shipped.unavailable();
    }

    @Override
    public RecognizedPage open(BufferedImage image, float scale) throws IOException {
        return new Timed(PAGES.incrementAndGet(), shipped.open(image, scale));
    }

    /** A cell as read: its page (from 1), box and text. */
    record Read(int page, Box box, String text) {
    }

    private record Timed(int page, RecognizedPage shipped) implements RecognizedPage {
        @Override
        public List<Segment> rulings() {
            return shipped.rulings();
        }

        @Override
        public Recognized cell(Box box) throws IOException {
            long start = THREADS.getCurrentThreadCpuTime();
            Recognized read = shipped.cell(box);
            CELL_NANOS.addAndGet(THREADS.getCurrentThreadCpuTime() - start);
            READ.add(new Read(page, box, read.text()));
            return read;
        }

        @Override
        public List<Recognized> lines(List<Box> outside) throws IOException {
            return shipped.lines(outside);
        }

        @Override
        public void close() {
            shipped.close();
        }
    }
}
