package io.github.gongkai.parsers.word;

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
    static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    private static final String MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private MiniDocx() {
    }

    /** A package whose body is the given WordprocessingML. */
    static byte[] body(String bodyXml) {
        return withNumbering(bodyXml, null);
    }

    /** A package whose body is the given WordprocessingML, with a numbering part when {@code numberingXml} is set. */
    static byte[] withNumbering(String bodyXml, String numberingXml) {
        return withParts("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + NS + "><w:body>" + bodyXml
                + "</w:body></w:document>", numberingXml);
    }

    /** A package with this main document part, and a numbering part when {@code numberingXml} is set. */
    static byte[] withParts(String documentXml, String numberingXml) {
        Map<String, String> parts = new LinkedHashMap<>();
        String numberingOverride = numberingXml == null ? ""
                : "<Override PartName=\"/word/numbering.xml\" ContentType=\"" + MAIN + "numbering+xml\"/>";
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + MAIN + "document.main+xml\"/>"
                + numberingOverride + "</Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>");
        parts.put("word/document.xml", documentXml);
        if (numberingXml != null) {
            parts.put("word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "numbering\" Target=\"numbering.xml\"/></Relationships>");
            parts.put("word/numbering.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering " + NS + ">"
                    + numberingXml + "</w:numbering>");
        }
        return zip(parts);
    }

    static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
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
