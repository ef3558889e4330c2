package io.github.gongkai.internal.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.model.Format;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.GongkaiException.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** The format comes from the content, whatever the file is called. */
class FormatDetectorTest {
    private static final String PAGE = "<!DOCTYPE html><html><head><meta charset=\"gbk\"><title>年度报告</title></head>"
            + "<body><p>一、总体情况</p></body></html>";

    @Test
    void pdfHeaderAtTheStartOrAfterJunkIsPdf() throws Exception {
        assertEquals(Format.PDF, detect("a.pdf", ascii("%PDF-1.7\n%âãÏÓ\n1 0 obj")));
        byte[] junk = new byte[600];
        Arrays.fill(junk, (byte) ' ');
        assertEquals(Format.PDF, detect("a.bin", concat(junk, ascii("%PDF-1.4\n"))));
    }

    @Test
    void markdownOpeningWithATagIsTextAndAPageWithMarkdownInItIsHtml() throws Exception {
        assertEquals(Format.TEXT, detect("report.md", utf8("<span id=\"page-0-0\"></span>\n# 青山区2025年政府信息公开工作年度报告\n\n"
                + "## 一、总体情况\n\n| 规章 | 0 |\n|---|---|\n")));
        assertEquals(Format.HTML, detect("a.html", utf8("<html><body><pre>\n# 标题\n## 一、总体情况\n</pre></body></html>")));
    }

    @Test
    void pdfHeaderBeyondTheFirstKilobyteIsNotPdf() throws Exception {
        byte[] text = "一、总体情况\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        assertEquals(Format.TEXT, detect("a.pdf", concat(text, ascii("%PDF-1.4"))));
    }

    @Test
    void zipWithWordDocumentIsDocxWhateverItsName() throws Exception {
        assertEquals(Format.DOCX, detect("report.doc", zip("[Content_Types].xml", "word/document.xml")));
    }

    @Test
    void zipWithoutWordDocumentIsUnsupported() {
        GongkaiException e = assertThrows(GongkaiException.class, () -> detect("a.xlsx", zip("xl/workbook.xml")));
        assertEquals(Reason.UNSUPPORTED_FORMAT, e.reason());
        assertTrue(e.getMessage().contains("word/document.xml"), e.getMessage());
    }

    @Test
    void ole2WithWordDocumentStreamIsDoc() throws Exception {
        assertEquals(Format.DOC, detect("a.doc", ole2("WordDocument")));
    }

    @Test
    void ole2WithEncryptionInfoIsEncrypted() {
        assertEquals(Reason.ENCRYPTED, assertThrows(GongkaiException.class,
                () -> detect("a.docx", ole2("EncryptionInfo", "EncryptedPackage"))).reason());
    }

    @Test
    void ole2OfAnotherOfficeFormatIsUnsupported() {
        assertEquals(Reason.UNSUPPORTED_FORMAT, assertThrows(GongkaiException.class,
                () -> detect("a.xls", ole2("Workbook"))).reason());
    }

    @Test
    void ole2ThatCannotBeOpenedIsCorrupt() {
        byte[] broken = concat(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, new byte[100]);
        assertEquals(Reason.CORRUPT, assertThrows(GongkaiException.class, () -> detect("a.doc", broken)).reason());
    }

    @Test
    void rtfIsUnsupportedWithAReason() {
        GongkaiException e = assertThrows(GongkaiException.class, () -> detect("a.doc", ascii("{\\rtf1\\ansi 年度报告}")));
        assertEquals(Reason.UNSUPPORTED_FORMAT, e.reason());
        assertTrue(e.getMessage().contains("RTF"), e.getMessage());
    }

    @Test
    void htmlIsSniffedInEveryEncodingAndWhateverItsName() throws Exception {
        assertEquals(Format.HTML, detect("a.html", PAGE.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Format.HTML, detect("a.doc", PAGE.getBytes(Charset.forName("GBK"))));
        assertEquals(Format.HTML, detect("a.htm", concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                PAGE.getBytes(StandardCharsets.UTF_8))));
        assertEquals(Format.HTML, detect("a.htm", concat(new byte[]{(byte) 0xFF, (byte) 0xFE},
                PAGE.getBytes(StandardCharsets.UTF_16LE))));
        assertEquals(Format.HTML, detect("a.htm", PAGE.getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void htmlMayStartWithWhiteSpaceCommentsAndAnyCommonElement() throws Exception {
        assertEquals(Format.HTML, detect("a", utf8("\n\n  <!-- saved from url=(0042)http://www.gov.cn/ -->\n<HTML>")));
        assertEquals(Format.HTML, detect("a", utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE HTML PUBLIC>")));
        assertEquals(Format.HTML, detect("a", utf8("<div class=\"content\"><p>一、总体情况</p></div>")));
        assertEquals(Format.HTML, detect("a", utf8("<p>一、总体情况</p>")));
        assertEquals(Format.HTML, detect("a", utf8("<table border=1><tr><td>规章</td></tr></table>")));
        assertEquals(Format.HTML, detect("a", utf8("首页 > 政务公开\n<html><body>年度报告</body></html>")));
    }

    @Test
    void textThatMerelyMentionsBracketsIsText() throws Exception {
        assertEquals(Format.TEXT, detect("a.html", utf8("<一>总体情况\n规章 | 0 |\n")));
        assertEquals(Format.TEXT, detect("a.txt", utf8("一、总体情况\n2022年,我镇(zhèn)未收到申请。")));
    }

    @Test
    void textInGb18030AndUtf16IsText() throws Exception {
        String report = "一、总体情况\n二、主动公开政府信息情况\n规章 | 0 | 0 | 0 |\n";
        assertEquals(Format.TEXT, detect("a", report.getBytes(Charset.forName("GB18030"))));
        assertEquals(Format.TEXT, detect("a", concat(new byte[]{(byte) 0xFE, (byte) 0xFF},
                report.getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void textAndPagesWithStrayNulBytesAreStillTextAndHtml() throws Exception {
        String report = "一、总体情况\n二、主动公开政府信息情况\n规章 | 0 | 0 | 0 |\n".repeat(10);
        assertEquals(Format.TEXT, detect("a.txt", utf8("\0" + report + "\0\0")));
        assertEquals(Format.HTML, detect("a.txt", utf8("<html>\0<head><title>年报</title></head><body><p>" + report
                + "</p>\0</body></html>")));
    }

    @Test
    void binaryContentAndEmptyFilesAreUnsupported() {
        byte[] random = new byte[2048];
        new Random(3).nextBytes(random);
        random[0] = 0x01;
        assertEquals(Reason.UNSUPPORTED_FORMAT, assertThrows(GongkaiException.class, () -> detect("a.txt", random)).reason());
        byte[] png = concat(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D}, new byte[64]);
        assertEquals(Reason.UNSUPPORTED_FORMAT, assertThrows(GongkaiException.class, () -> detect("a.pdf", png)).reason());
        assertEquals(Reason.UNSUPPORTED_FORMAT, assertThrows(GongkaiException.class,
                () -> detect("a.txt", new byte[0])).reason());
    }

    private static Format detect(String name, byte[] bytes) throws GongkaiException {
        return FormatDetector.detect(new Input(name, bytes));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] ole2(String... streams) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            for (String stream : streams) {
                fs.createDocument(new ByteArrayInputStream(new byte[512]), stream);
            }
            fs.writeFilesystem(out);
        }
        return out.toByteArray();
    }
}
