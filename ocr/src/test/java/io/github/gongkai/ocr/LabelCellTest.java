package io.github.gongkai.ocr;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.gongkai.spi.RecognizedPage;
import io.github.gongkai.spi.RecognizedPage.Box;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/** Label cells whose writing the engine's layout analysis misses on the page. */
class LabelCellTest {
    private static final Path TESTDATA = Path.of(System.getProperty("gongkai.testdata", "../testdata"));

    @Test
    void aLabelFillingItsCellIsReadAsAnImageOfItsOwn() throws Exception {
        TesseractRecognizer recognizer = new TesseractRecognizer();
        assumeTrue(recognizer.available(), "Tesseract's chi_sim model is not installed");
        float scale = 300f / 72;
        try (PDDocument scan = Loader.loadPDF(TESTDATA.resolve("scan/county-2023-lattice-scan-200dpi.pdf").toFile())) {
            BufferedImage image = new PDFRenderer(scan).renderImageWithDPI(1, 300, ImageType.RGB);
            try (RecognizedPage page = recognizer.open(image, scale)) {
                // The cell of table B's row (三)3 on the straightened page, inside its lines: read in place,
                // the engine finds no line of text in it.
                String text = page.cell(new Box(129.5f, 429.5f, 179, 14)).text();
                assertTrue(text.contains("危及") && text.contains("稳定"), text);
            }
        }
    }
}
