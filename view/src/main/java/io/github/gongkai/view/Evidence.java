package io.github.gongkai.view;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Pictures of the PDF pages values were read from, in grey at a modest resolution: each page once, as a PNG
 * {@code data:} address; the page shows the region of one cell, with its box, by cropping the page's picture.
 */
final class Evidence {
    /** Pixels per point: 1.25 is 90 dpi, where printed digits are legible and a page is about 100 KB. */
    static final float SCALE = 1.25f;

    private Evidence() {
    }

    /**
     * The pictures of the given pages (counted from 1) by page number; empty where the file cannot be
     * rendered (the page then shows the origin in words).
     */
    static Map<Integer, String> pages(Path pdf, Set<Integer> pages) {
        Map<Integer, String> pictures = new TreeMap<>();
        if (pages.isEmpty()) {
            return pictures;
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page : pages) {
                if (page >= 1 && page <= document.getNumberOfPages()) {
                    BufferedImage image = renderer.renderImage(page - 1, SCALE, ImageType.GRAY);
                    ByteArrayOutputStream png = new ByteArrayOutputStream();
                    ImageIO.write(image, "png", png);
                    pictures.put(page, "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // A file the parser read may still fail to render (a broken font or image): the view goes on without pictures.
            pictures.clear();
        }
        return pictures;
    }
}
