package io.github.gongkai.internal.parsers.word;

import io.github.gongkai.Limits;
import io.github.gongkai.document.Block;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Metadata;
import io.github.gongkai.internal.parsers.Deadline;
import io.github.gongkai.internal.parsers.FormatParser;
import io.github.gongkai.internal.parsers.Input;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.GongkaiException.Reason;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;

/**
 * Reads Word 2007+ documents (DOCX, also DOCM and DOTX) with Apache POI's XWPF into the format-neutral
 * document: paragraphs and tables in body order, merged cells placed once with their spans, and the numbers
 * Word's automatic numbering draws before headings put in front of the paragraph text; Excel worksheets
 * embedded as objects are read as tables.
 *
 * <p>Safety: the package is inflated once under a per-call budget before POI reads it ({@code ZipGuard}),
 * and the cells of the main part's tables are counted while streaming it before POI builds its tree
 * ({@code TableCellCount});
 * POI's global zip-bomb settings are left at their defaults, and POI parses XML without DTDs or external
 * entities. An encrypted DOCX (an OLE2 file with {@code EncryptionInfo}) fails with
 * {@link Reason#ENCRYPTED}, a damaged one with {@link Reason#CORRUPT}.
 */
public final class DocxParser implements FormatParser {

    @Override
    public Format format() {
        return Format.DOCX;
    }

    @Override
    public Document parse(Input input, Limits limits) throws GongkaiException {
        String file = input.name();
        byte[] bytes = input.bytes();
        FileMagic magic = Ole2.magic(input, limits);
        if (magic == FileMagic.OLE2) {
            throw Ole2.isEncryptedPackage(bytes, file) ? WordFailures.encrypted(file, null)
                    : new GongkaiException(Reason.UNSUPPORTED_FORMAT, file, "an OLE2 file such as a Word 97-2003 .doc, not DOCX");
        }
        if (magic != FileMagic.OOXML) {
            throw new GongkaiException(Reason.UNSUPPORTED_FORMAT, file, Ole2.describeForeign(bytes, magic));
        }
        try {
            Deadline deadline = Deadline.start(file, limits);
            ZipGuard.check(bytes, limits);
            deadline.check();
            Document result = read(bytes, file, limits, deadline);
            deadline.check();
            return result;
        } catch (Exception e) {
            throw WordFailures.failure(file, e);
        }
    }

    private static Document read(byte[] bytes, String file, Limits limits, Deadline deadline) throws Exception {
        OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
        try {
            checkWordprocessing(pkg, file);
            PackagePart main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT).get(0);
            try (InputStream xml = main.getInputStream()) {
                TableCellCount.check(xml, file, limits.maxTableCells(), deadline);
            }
            deadline.check();
            XWPFDocument document = new XWPFDocument(pkg);
            DocxStyles styles = new DocxStyles(document.getStyles());
            DocxReader reader = new DocxReader(new DocxNumbering(document.getNumbering(), styles), styles,
                    new EmbeddedSheets(document.getPackagePart(), limits), limits);
            List<Block> blocks = reader.readBody((Element) document.getDocument().getBody().getDomNode());
            if (blocks.isEmpty()) {
                throw document.getAllPictures().isEmpty()
                        ? new GongkaiException(Reason.NO_REPORT, file, "the document has no text")
                        : new GongkaiException(Reason.SCANNED, file, "the document holds only images");
            }
            return new Document(blocks, metadata(document.getProperties(), reader));
        } finally {
            // Opened from memory: closing must not try to write the package back.
            pkg.revert();
        }
    }

    private static void checkWordprocessing(OPCPackage pkg, String file) throws GongkaiException {
        if (!pkg.getPartsByRelationshipType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).isEmpty()) {
            throw new GongkaiException(Reason.UNSUPPORTED_FORMAT, file, "Strict Open XML, which POI cannot read; "
                    + "save it as a Word Document (.docx) to read it");
        }
        List<PackagePart> main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
        String type = main.isEmpty() ? "" : main.get(0).getContentType().toLowerCase(Locale.ROOT);
        if (!type.contains("wordprocessingml") && !type.contains("ms-word")) {
            throw new GongkaiException(Reason.UNSUPPORTED_FORMAT, file,
                    type.isEmpty() ? "a ZIP file that is not an Office document" : "an Office document of type " + type);
        }
    }

    private static Metadata metadata(POIXMLProperties properties, DocxReader reader) {
        String title = properties.getCoreProperties().getTitle();
        title = title == null || title.isBlank() ? reader.title() : title.strip();
        int pages = Math.max(0, properties.getExtendedProperties().getPages());
        Set<Metadata.Trait> traits = reader.hadRuby() ? Set.of(Metadata.Trait.PINYIN_ANNOTATED) : Set.of();
        return new Metadata(title, "", "", pages, traits, reader.warnings());
    }
}
