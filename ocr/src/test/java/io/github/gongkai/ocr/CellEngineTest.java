package io.github.gongkai.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.gongkai.spi.RecognizedPage.Box;
import io.github.gongkai.spi.RecognizedPage.Recognized;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A page whose cells another engine reads: the cells go to it, the running text is still Tesseract's. */
class CellEngineTest {
    private static final float SCALE = 200 / 72f;

    /** Keeps what it is handed and reads every cell as one text. */
    private static final class Stub implements CellEngine {
        final List<PageImage> pages = new ArrayList<>();

        @Override
        public void image(PageImage page, float pixelsPerPoint) {
            pages.add(page);
        }

        @Override
        public Recognized cell(Box box) {
            return new Recognized("stub", box, 1, List.of());
        }
    }

    @Test
    void theCellsGoToTheOtherEngineAndTheRunningTextIsReadOnThePagesScale() throws Exception {
        Optional<Path> tessdata = Tessdata.locate();
        assumeTrue(tessdata.isPresent(), "Tesseract's chi_sim model is not installed");
        BufferedImage image = new BufferedImage(1000, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1000, 600);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 36));
        g.drawString("2023 annual report of the county", 100, 200);
        g.fillRect(100, 400, 60, 30);
        g.dispose();
        Stub stub = new Stub();
        try (Engine engine = new Engine(tessdata.get());
                TesseractPage page = TesseractPage.open(engine, stub, PageImage.of(image), SCALE)) {
            assertEquals(1, stub.pages.size(), "the page is handed to the cell engine");
            assertEquals("stub", page.cell(new Box(100 / SCALE, 400 / SCALE, 60 / SCALE, 30 / SCALE)).text());
            List<Recognized> lines = page.lines(List.of());
            assertFalse(lines.isEmpty());
            Box box = lines.get(0).box();
            // 36 px high at 200 dpi is about 13 points: on Tesseract's own scale, not an unset one.
            assertTrue(box.y() > 40 && box.y() < 80 && box.height() < 30, box.toString());
        }
    }
}
