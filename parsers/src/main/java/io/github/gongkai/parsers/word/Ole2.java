package io.github.gongkai.parsers.word;

import io.github.gongkai.GongkaiException;
import io.github.gongkai.GongkaiException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** The OLE2 compound files both Word parsers meet: .doc files, and DOCX files a password has encrypted. */
final class Ole2 {
    private Ole2() {
    }

    /** The file type by its first bytes. */
    static FileMagic magic(byte[] bytes) {
        return bytes.length < 8 ? FileMagic.UNKNOWN : FileMagic.valueOf(bytes);
    }

    /** Opens a compound file held in memory. */
    static POIFSFileSystem open(byte[] bytes, String file) throws GongkaiException {
        try {
            return new POIFSFileSystem(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new GongkaiException(Reason.CORRUPT, file, "damaged OLE2 compound file: " + e.getMessage(), e);
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

    /** The exception for an encrypted file. */
    static GongkaiException encrypted(String file, Throwable cause) {
        return new GongkaiException(Reason.ENCRYPTED, file, "password-protected Word document", cause);
    }
}
