package io.github.gongkai.cli.bench;

import io.github.gongkai.model.Format;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;

/**
 * The floor of each format: what its library costs to read a file at all, with nothing of ours on top.
 * PDF: PDFBox loading and {@link PDFTextStripper}; HTML: jsoup parsing, charset sniffing included; DOCX
 * and DOC: POI opening the file and extracting its text. Plain text has no library, so no floor.
 */
final class Floors {
    private Floors() {
    }

    static boolean exists(Format format) {
        return format != Format.TEXT;
    }

    /** Reads the file with its format's library alone; returns a count from the result, so the work is used. */
    static long read(Format format, byte[] bytes) throws IOException {
        switch (format) {
            case PDF -> {
                try (PDDocument document = Loader.loadPDF(bytes)) {
                    return new PDFTextStripper().getText(document).length();
                }
            }
            case HTML -> {
                return Jsoup.parse(new ByteArrayInputStream(bytes), null, "").childNodeSize();
            }
            case DOCX -> {
                try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
                     XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                    return extractor.getText().length();
                }
            }
            case DOC -> {
                try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(bytes));
                     WordExtractor extractor = new WordExtractor(document)) {
                    return extractor.getText().length();
                }
            }
            default -> throw new IllegalArgumentException(format + " has no floor");
        }
    }
}
