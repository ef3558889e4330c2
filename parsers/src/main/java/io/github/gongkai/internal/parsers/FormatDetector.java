package io.github.gongkai.internal.parsers;

import io.github.gongkai.internal.parsers.text.MarkdownSyntax;
import io.github.gongkai.internal.parsers.text.TextDecoder;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.GongkaiException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells a file's format from its content, never from its name: an {@code .doc} that is really a web
 * page is HTML, a {@code .pdf} that is really a Word file is DOCX.
 */
public final class FormatDetector {
    /** PDF readers accept the header anywhere in the first kilobyte; some generators put junk before it. */
    private static final int PDF_HEADER_WINDOW = 1024;
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] RTF = "{\\rtf".getBytes(StandardCharsets.US_ASCII);
    /** Enough of the start of a page to get past a doctype, comments and a long head. */
    private static final int HTML_WINDOW = 8192;
    /** Enough text to tell text from binary content. */
    private static final int TEXT_WINDOW = 65536;

    private FormatDetector() {
    }

    /**
     * The format of a file, by its content.
     *
     * @param input the file
     * @return PDF, DOCX, DOC, HTML or TEXT
     * @throws GongkaiException UNSUPPORTED_FORMAT for any other content (RTF, other archives and OLE2
     *                          files, binary data, an empty file), ENCRYPTED for a password-protected
     *                          Word file, CORRUPT for an OLE2 file that cannot be opened
     */
    public static Format detect(Input input) throws GongkaiException {
        byte[] bytes = input.bytes();
        String file = input.name();
        if (bytes.length == 0) {
            throw new GongkaiException(Reason.UNSUPPORTED_FORMAT, file, "the file is empty");
        }
        if (indexOf(bytes, PDF, PDF_HEADER_WINDOW) >= 0) {
            return Format.PDF;
        }
        if (startsWith(bytes, ZIP)) {
            if (ZipNames.contains(bytes, "word/document.xml")) {
                return Format.DOCX;
            }
            throw new GongkaiException(Reason.UNSUPPORTED_FORMAT, file,
                    "a ZIP archive without word/document.xml, so not a Word document");
        }
        if (startsWith(bytes, OLE2)) {
            return ole2(bytes, file);
        }
        if (startsWith(bytes, RTF)) {
            throw new GongkaiException(Reason.UNSUPPORTED_FORMAT, file,
                    "RTF is not supported; save the document as DOCX or PDF");
        }
        String start;
        try {
            start = TextDecoder.decode(bytes, Math.min(bytes.length, TEXT_WINDOW), file);
        } catch (GongkaiException e) {
            throw new GongkaiException(Reason.UNSUPPORTED_FORMAT, file,
                    "not a PDF, Word, HTML or text file (binary content of another kind)", e);
        }
        // Markdown may open with a tag (a converter's <span id="page-1"> anchor) and still be text.
        boolean html = HtmlSniffer.isHtml(start.substring(0, Math.min(start.length(), HTML_WINDOW)));
        return html && !MarkdownSyntax.isMarkdown(start) ? Format.HTML : Format.TEXT;
    }

    /** A Word 97–2003 file, or an encrypted Office Open XML file (which is an OLE2 container too). */
    private static Format ole2(byte[] bytes, String file) throws GongkaiException {
        boolean encrypted;
        boolean word;
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            encrypted = root.hasEntry("EncryptionInfo");
            word = root.hasEntry("WordDocument");
        } catch (IOException | RuntimeException e) {
            throw new GongkaiException(Reason.CORRUPT, file, "an OLE2 (Word 97–2003) file that cannot be opened", e);
        }
        if (encrypted) {
            throw new GongkaiException(Reason.ENCRYPTED, file, "a password-protected Office document");
        }
        if (word) {
            return Format.DOC;
        }
        throw new GongkaiException(Reason.UNSUPPORTED_FORMAT, file,
                "an OLE2 file without a WordDocument stream (Excel, PowerPoint or another Office format)");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && indexOf(bytes, prefix, prefix.length) == 0;
    }

    /** Where {@code wanted} starts within the first {@code window} bytes, or -1. */
    private static int indexOf(byte[] bytes, byte[] wanted, int window) {
        int last = Math.min(bytes.length, window) - wanted.length;
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
