package io.github.gongkai.internal.parsers.pdf;

import static io.github.gongkai.internal.parsers.pdf.PdfFixtures.fixture;
import static io.github.gongkai.internal.parsers.pdf.PdfFixtures.parse;
import static io.github.gongkai.internal.parsers.pdf.PdfFixtures.tableWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.GongkaiException.Reason;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

class PdfEncryptionTest {

    @Test
    void aFileEncryptedOnlyAgainstCopyingOpensWithTheEmptyUserPassword() throws Exception {
        byte[] bytes = encrypted("");
        assertEquals("891", tableWith(parse(bytes), "申请人情况").grid().textAt(3, 9));
    }

    @Test
    void aFileThatNeedsAPasswordIsEncrypted() throws Exception {
        byte[] bytes = encrypted("secret");
        GongkaiException e = assertThrows(GongkaiException.class, () -> parse(bytes));
        assertEquals(Reason.ENCRYPTED, e.reason());
    }

    private static byte[] encrypted(String userPassword) throws Exception {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(fixture("county-2023-lattice.pdf")))) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
