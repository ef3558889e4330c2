package io.github.gongkai.internal.parsers.pdf;

import static io.github.gongkai.internal.parsers.pdf.PdfFixtures.fixture;
import static io.github.gongkai.internal.parsers.pdf.PdfFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.document.Document;
import io.github.gongkai.document.Metadata;
import io.github.gongkai.document.PipeText;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;

class PdfMissingUnicodeTest {

    @Test
    void textFromFontsWithoutUnicodeMapIsLeftOutAndFlagged() throws Exception {
        Document document = parse(withoutToUnicode());
        assertTrue(document.metadata().traits().contains(Metadata.Trait.MISSING_UNICODE));
        assertFalse(document.metadata().warnings().isEmpty());
        String text = PipeText.write(document);
        assertFalse(text.chars().anyMatch(ch -> ch == 0xFFFD || ch >= 0xE000 && ch <= 0xF8FF || ch < 0x20 && ch != '\n'),
                "no replacement, private-use or control characters");
    }

    /** The lattice fixture with every font's ToUnicode map removed, as some writers produce. */
    private static byte[] withoutToUnicode() throws Exception {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(fixture("county-2023-lattice.pdf")))) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    resources.getFont(name).getCOSObject().removeItem(COSName.TO_UNICODE);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
