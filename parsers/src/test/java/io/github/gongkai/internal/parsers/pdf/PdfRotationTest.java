package io.github.gongkai.internal.parsers.pdf;

import static io.github.gongkai.internal.parsers.pdf.PdfFixtures.fixture;
import static io.github.gongkai.internal.parsers.pdf.PdfFixtures.parse;
import static io.github.gongkai.internal.parsers.pdf.PdfFixtures.tableWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.document.Document;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.PipeText;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

class PdfRotationTest {

    @Test
    void aPageStoredTurnedAndDisplayedUprightReadsLikeTheOriginal() throws Exception {
        Document original = parse(fixture("county-2023-lattice.pdf"));
        Document turned = parse(turned("county-2023-lattice.pdf"));
        assertEquals(PipeText.write(original), PipeText.write(turned));
        Origin.Region a = (Origin.Region) tableWith(original, "申请人情况").origin();
        Origin.Region b = (Origin.Region) tableWith(turned, "申请人情况").origin();
        assertEquals(a.x(), b.x(), 0.5);
        assertEquals(a.y(), b.y(), 0.5);
    }

    /**
     * The fixture with each page stored in landscape, its content turned a quarter to the left and the
     * page marked /Rotate 90, as some writers store portrait pages.
     */
    private static byte[] turned(String name) throws Exception {
        try (PDDocument source = Loader.loadPDF(Files.readAllBytes(fixture(name)));
             PDDocument target = new PDDocument()) {
            LayerUtility layers = new LayerUtility(target);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                PDRectangle box = source.getPage(i).getMediaBox();
                PDFormXObject form = layers.importPageAsForm(source, i);
                PDPage page = new PDPage(new PDRectangle(box.getHeight(), box.getWidth()));
                page.setRotation(90);
                target.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(target, page)) {
                    content.transform(new Matrix(0, 1, -1, 0, box.getHeight(), 0));
                    content.drawForm(form);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            target.save(out);
            return out.toByteArray();
        }
    }
}
