package io.github.gongkai.internal.parsers.word;

import io.github.gongkai.Limits;
import io.github.gongkai.internal.parsers.Input;
import io.github.gongkai.internal.parsers.Plain;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.GongkaiException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What both Word parsers need to know about the container: the OLE2 compound files of .doc and of DOCX files
 * a password has encrypted, and what a file that is neither is.
 */
final class Ole2 {
    private Ole2() {
    }

    /** The file type by its first bytes. */
    static FileMagic magic(byte[] bytes) {
        return bytes.length < 8 ? FileMagic.UNKNOWN : FileMagic.valueOf(bytes);
    }

    /** The file type of an input, once it is known to be within the size limit. */
    static FileMagic magic(Input input, Limits limits) throws GongkaiException {
        input.checkSize(limits);
        return magic(input.bytes());
    }

    /**
     * What a file that is neither OLE2 nor ZIP is, for the message: files named .doc are often RTF, HTML
     * or MHT web archives written by "export to Word" functions of web sites.
     */
    static String describeForeign(byte[] bytes, FileMagic magic) {
        String start = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (magic == FileMagic.RTF) {
            return "an RTF document, which is often published with a .doc name";
        }
        if (magic == FileMagic.HTML || magic == FileMagic.XML || start.startsWith("<")) {
            return "an HTML or XML page saved with a Word name (read it as HTML)";
        }
        if (start.startsWith("mime-version:") || start.contains("multipart/related")) {
            return "a MIME web archive (MHT) saved with a Word name";
        }
        if (magic == FileMagic.PDF) {
            return "a PDF file";
        }
        return "neither an OLE2 compound file nor a ZIP package";
    }

    /** Opens a compound file held in memory. */
    static POIFSFileSystem open(byte[] bytes, String file) throws GongkaiException {
        try {
            return new POIFSFileSystem(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new GongkaiException(Reason.CORRUPT, file, "damaged OLE2 compound file: " + Plain.line(e), e);
        }
    }

    /**
     * Whether the compound file is an encrypted OOXML package: Office stores a password-protected DOCX as
     * an {@code EncryptionInfo} stream beside the {@code EncryptedPackage} stream.
     */
    static boolean isEncryptedPackage(POIFSFileSystem fs) {
        return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY);
    }

    /** Whether a compound file held in memory is an encrypted OOXML package. */
    static boolean isEncryptedPackage(byte[] bytes, String file) throws GongkaiException {
        POIFSFileSystem fs = open(bytes, file);
        try {
            return isEncryptedPackage(fs);
        } finally {
            closeQuietly(fs);
        }
    }

    /** Closes a compound file read from memory, where closing cannot fail in a way that matters. */
    static void closeQuietly(POIFSFileSystem fs) {
        try {
            fs.close();
        } catch (IOException e) {
            // Nothing was written and the bytes are in memory: there is nothing to recover.
        }
    }
}
