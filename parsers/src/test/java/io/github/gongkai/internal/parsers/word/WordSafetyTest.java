package io.github.gongkai.internal.parsers.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.Limits;
import io.github.gongkai.internal.parsers.FormatParser;
import io.github.gongkai.internal.parsers.Input;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.GongkaiException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordSafetyTest {
    private final DocxParser docx = new DocxParser();
    private final DocParser doc = new DocParser();

    @Test
    void passwordProtectedDocxIsEncrypted() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("secret");
        try (OutputStream out = encryptor.getDataStream(fs)) {
            out.write(Fixtures.bytes("county-2023-auto-numbered.docx"));
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        fs.writeFilesystem(file);
        byte[] bytes = file.toByteArray();
        assertEquals(Reason.ENCRYPTED, reason(docx, bytes));
        assertEquals(Reason.ENCRYPTED, reason(doc, bytes));
    }

    @Test
    void passwordProtectedDocIsEncrypted() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (HWPFDocument document = new HWPFDocument(Files.newInputStream(Fixtures.path("bureau-2019-auto-numbered.doc")))) {
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            try {
                document.write(file);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }
        assertEquals(Reason.ENCRYPTED, reason(doc, file.toByteArray()));
    }

    @Test
    void truncatedFilesAreCorrupt() {
        byte[] docxBytes = Fixtures.bytes("county-2023-auto-numbered.docx");
        assertEquals(Reason.CORRUPT, reason(docx, Arrays.copyOf(docxBytes, docxBytes.length / 2)));
        byte[] docBytes = Fixtures.bytes("county-2023-auto-numbered.doc");
        assertEquals(Reason.CORRUPT, reason(doc, Arrays.copyOf(docBytes, docBytes.length / 2)));
    }

    @Test
    void otherFormatsAreUnsupported() {
        byte[] text = "一、总体情况".getBytes(StandardCharsets.UTF_8);
        assertEquals(Reason.UNSUPPORTED_FORMAT, reason(docx, text));
        assertEquals(Reason.UNSUPPORTED_FORMAT, reason(doc, text));
        assertEquals(Reason.UNSUPPORTED_FORMAT, reason(docx, Fixtures.bytes("county-2023-auto-numbered.doc")));
        assertEquals(Reason.UNSUPPORTED_FORMAT, reason(doc, Fixtures.bytes("county-2023-auto-numbered.docx")));
        assertEquals(Reason.UNSUPPORTED_FORMAT, reason(docx, new byte[0]));
    }

    @Test
    void webPagesAndRtfNamedDocAreToldApart() {
        byte[] html = "<html xmlns:w=\"urn:schemas-microsoft-com:office:word\"><body>一、总体情况</body></html>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] rtf = "{\\rtf1\\ansi\\ansicpg936 \\'d2\\'bb}".getBytes(StandardCharsets.US_ASCII);
        assertTrue(message(doc, html).contains("HTML"));
        assertTrue(message(doc, rtf).contains("RTF"));
    }

    @Test
    void aDocumentWithoutTextHasNoReport() {
        assertEquals(Reason.NO_REPORT, reason(docx, MiniDocx.body("<w:p/><w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>")));
    }

    @Test
    void aPackageThatExpandsTooFarIsRefused() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        GongkaiException e = assertThrows(GongkaiException.class,
                () -> docx.parse(new Input("bomb.docx", file.toByteArray()), Limits.DEFAULT));
        assertEquals(Reason.TOO_LARGE, e.reason());
    }

    @Test
    void aDoctypeWithExternalEntitiesIsRefusedUnread(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOPSECRET");
        byte[] hostile = MiniDocx.withDocument("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]><w:document " + MiniDocx.NS + "><w:body>" + MiniDocx.p("前&xxe;后")
                + "</w:body></w:document>");
        GongkaiException e = assertThrows(GongkaiException.class,
                () -> docx.parse(new Input("xxe.docx", hostile), Limits.DEFAULT));
        assertEquals(Reason.CORRUPT, e.reason(), "POI refuses any DOCTYPE");
        assertFalse(e.getMessage().contains("TOPSECRET"));
    }

    @Test
    void tablesOverTheCellLimitAreTooLarge() {
        Limits small = new Limits(Limits.DEFAULT.maxFileBytes(), 500, 100, 256);
        assertEquals(Reason.TOO_LARGE, reason(docx, Fixtures.bytes("county-2023-auto-numbered.docx"), small));
        assertEquals(Reason.TOO_LARGE, reason(doc, Fixtures.bytes("county-2023-auto-numbered.doc"), small));
    }

    /** 100,489 cells: POI alone spends most of a minute on this before the table reader could count them. */
    @Test
    void aTableOfAHundredThousandCellsIsTooLarge() {
        Random random = new Random(7);
        StringBuilder table = new StringBuilder("<w:tbl>");
        for (int r = 0; r < 317; r++) {
            table.append("<w:tr>");
            for (int c = 0; c < 317; c++) {
                table.append("<w:tc><w:p><w:r><w:t>").append(random.nextInt(100_000)).append("</w:t></w:r></w:p></w:tc>");
            }
            table.append("</w:tr>");
        }
        byte[] bytes = MiniDocx.body(MiniDocx.p("一、总体情况") + table + "</w:tbl>");
        GongkaiException e = assertThrows(GongkaiException.class,
                () -> docx.parse(new Input("cells.docx", bytes), Limits.DEFAULT));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("more than 100000 cells"), e.getMessage());
    }

    /**
     * The cells are counted while the part streams, before POI reads it: a part that goes over the limit and
     * is broken further on is refused for its size, not for the damage POI would have found.
     */
    @Test
    void cellsAreCountedBeforePoiReadsThePart() {
        Limits few = new Limits(Limits.DEFAULT.maxFileBytes(), 500, 100, 256);
        String cells = "<w:tc><w:p/></w:tc>".repeat(150);
        byte[] bytes = MiniDocx.withDocument("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + MiniDocx.NS
                + "><w:body><w:tbl><w:tr>" + cells + "</w:tr></w:tbl><w:p></w:body></w:document>");
        assertEquals(Reason.TOO_LARGE, reason(docx, bytes, few));
    }

    /** The whole reason is one line of our words, never the XML library's exception with its class name. */
    @Test
    void aDoctypeInTheDocumentPartIsOneLineInPlainWords() {
        byte[] bytes = MiniDocx.withDocument("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaa\">]>"
                + "<w:document " + MiniDocx.NS + "><w:body>" + MiniDocx.p("&a;") + "</w:body></w:document>");
        GongkaiException e = assertThrows(GongkaiException.class, () -> docx.parse(new Input("dtd.docx", bytes), Limits.DEFAULT));
        assertEquals(Reason.CORRUPT, e.reason());
        assertEquals("dtd.docx: corrupt or truncated file: the document part declares a DOCTYPE, which Word never writes",
                e.getMessage());
    }

    /**
     * A part of 600 KB of spaces is under our own guard's grace size but over POI's: POI's refusal, five lines
     * of advice to programmers, becomes one line and the reason it is.
     */
    @Test
    void poisOwnZipBombGuardIsTooLargeInOneLine() throws Exception {
        byte[] part = new byte[600 * 1024];
        Arrays.fill(part, (byte) ' ');
        byte[] bytes = MiniDocx.withDocument("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + MiniDocx.NS
                + "><w:body>" + MiniDocx.p("一、总体情况") + new String(part, StandardCharsets.US_ASCII) + "</w:body></w:document>");
        GongkaiException e = assertThrows(GongkaiException.class, () -> docx.parse(new Input("spaces.docx", bytes), Limits.DEFAULT));
        assertEquals(Reason.TOO_LARGE, e.reason(), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().contains("ZipSecureFile"), e.getMessage());
    }

    @Test
    void contentNestedTooDeepIsTooLarge() {
        String body = MiniDocx.p("x");
        for (int i = 0; i < 40; i++) {
            body = "<w:sdt><w:sdtContent>" + body + "</w:sdtContent></w:sdt>";
        }
        Limits shallow = new Limits(Limits.DEFAULT.maxFileBytes(), 500, 100_000, 16);
        assertEquals(Reason.TOO_LARGE, reason(docx, MiniDocx.body(body), shallow));
    }

    @Test
    void filesOverTheSizeLimitAreTooLarge() {
        Limits tiny = new Limits(1000, 500, 100_000, 256);
        assertEquals(Reason.TOO_LARGE, reason(docx, Fixtures.bytes("county-2023-auto-numbered.docx"), tiny));
        assertEquals(Reason.TOO_LARGE, reason(doc, Fixtures.bytes("county-2023-auto-numbered.doc"), tiny));
    }

    @Test
    void damagedBytesGiveADocumentOrAGongkaiExceptionAndNothingElse() {
        Random random = new Random(20240115);
        for (String file : new String[] {"county-2023-auto-numbered.docx", "county-2023-auto-numbered.doc"}) {
            FormatParser parser = file.endsWith(".doc") ? doc : docx;
            byte[] original = Fixtures.bytes(file);
            for (int i = 0; i < 25; i++) {
                byte[] bytes = original.clone();
                for (int flips = 1 + random.nextInt(10); flips > 0; flips--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                try {
                    parser.parse(new Input(file, bytes), Limits.DEFAULT);
                } catch (GongkaiException e) {
                    assertNotNull(e.reason());
                }
            }
        }
    }

    private static String message(FormatParser parser, byte[] bytes) {
        GongkaiException e = assertThrows(GongkaiException.class, () -> parser.parse(new Input("f.doc", bytes), Limits.DEFAULT));
        assertEquals(Reason.UNSUPPORTED_FORMAT, e.reason());
        return e.getMessage();
    }

    private static Reason reason(FormatParser parser, byte[] bytes) {
        return reason(parser, bytes, Limits.DEFAULT);
    }

    private static Reason reason(FormatParser parser, byte[] bytes, Limits limits) {
        return assertThrows(GongkaiException.class, () -> parser.parse(new Input("f", bytes), limits)).reason();
    }
}
