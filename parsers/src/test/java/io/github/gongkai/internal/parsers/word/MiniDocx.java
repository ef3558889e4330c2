package io.github.gongkai.internal.parsers.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small DOCX packages in memory for tests of one feature at a time. */
final class MiniDocx {
    static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
            + "xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"";
    /** The relationship id under which {@link #withEmbeddedSheet} embeds its workbook. */
    static final String SHEET_ID = "rIdSheet";
    private static final String MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private MiniDocx() {
    }

    /** A package whose body is the given WordprocessingML. */
    static byte[] body(String bodyXml) {
        return build(document(bodyXml), null, null);
    }

    /** A package whose body is the given WordprocessingML, with this numbering part content. */
    static byte[] withNumbering(String bodyXml, String numberingXml) {
        return build(document(bodyXml), numberingXml, null);
    }

    /** A package with this main document part, verbatim. */
    static byte[] withDocument(String documentXml) {
        return build(documentXml, null, null);
    }

    /** A package whose body is the given WordprocessingML, embedding an .xlsx workbook as {@link #SHEET_ID}. */
    static byte[] withEmbeddedSheet(String bodyXml, byte[] xlsx) {
        return build(document(bodyXml), null, xlsx);
    }

    private static String document(String bodyXml) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + NS + "><w:body>" + bodyXml
                + "</w:body></w:document>";
    }

    private static byte[] build(String documentXml, String numberingXml, byte[] xlsx) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"xlsx\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + MAIN + "document.main+xml\"/>");
        StringBuilder relationships = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        if (numberingXml != null) {
            types.append("<Override PartName=\"/word/numbering.xml\" ContentType=\"" + MAIN + "numbering+xml\"/>");
            relationships.append("<Relationship Id=\"rIdNumbering\" Type=\"" + REL + "numbering\" Target=\"numbering.xml\"/>");
            parts.put("word/numbering.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering " + NS + ">"
                    + numberingXml + "</w:numbering>"));
        }
        if (xlsx != null) {
            relationships.append("<Relationship Id=\"" + SHEET_ID + "\" Type=\"" + REL + "package\" "
                    + "Target=\"embeddings/Microsoft_Excel_Worksheet.xlsx\"/>");
            parts.put("word/embeddings/Microsoft_Excel_Worksheet.xlsx", xlsx);
        }
        parts.put("[Content_Types].xml", utf8(types + "</Types>"));
        parts.put("_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>"));
        parts.put("word/_rels/document.xml.rels", utf8(relationships + "</Relationships>"));
        parts.put("word/document.xml", utf8(documentXml));
        return zip(parts);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A paragraph of one run. */
    static String p(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    /** A table cell with properties and paragraphs. */
    static String tc(String properties, String... paragraphs) {
        return "<w:tc><w:tcPr>" + properties + "</w:tcPr>" + String.join("", paragraphs) + "</w:tc>";
    }

    static String tr(String... cells) {
        return "<w:tr>" + String.join("", cells) + "</w:tr>";
    }

    static String tbl(String... rows) {
        return "<w:tbl><w:tblPr/>" + String.join("", rows) + "</w:tbl>";
    }
}
