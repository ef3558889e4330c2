package io.github.gongkai.internal.parsers.word;

import io.github.gongkai.internal.parsers.Input;
import io.github.gongkai.internal.parsers.LimitExceeded;
import io.github.gongkai.Limits;
import io.github.gongkai.document.Table;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.w3c.dom.Element;

/**
 * Excel worksheets embedded in a DOCX as OLE objects ({@code o:OLEObject} with a {@code ProgID} of
 * {@code Excel.Sheet.*}): authors paste statistics tables this way, and Word shows only a picture of them.
 * The embedded workbook's active sheet is read as a table. An object that cannot be read is skipped and
 * counted, so that one broken embedding does not cost the whole document.
 */
final class EmbeddedSheets {
    static final String OFFICE = "urn:schemas-microsoft-com:office:office";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final PackagePart document;
    private final Limits limits;
    private int unreadable;

    EmbeddedSheets(PackagePart document, Limits limits) {
        this.document = document;
        this.limits = limits;
    }

    /** Whether an element is an embedded or linked OLE object. */
    static boolean isObject(Element element) {
        return OFFICE.equals(element.getNamespaceURI()) && "OLEObject".equals(element.getLocalName());
    }

    /** The worksheet an {@code o:OLEObject} embeds, as a table named {@code path}; empty for other objects. */
    Optional<Table> read(Element oleObject, String path) {
        String progId = oleObject.getAttribute("ProgID");
        String id = oleObject.getAttributeNS(RELATIONSHIPS, "id");
        if (!progId.startsWith("Excel.Sheet") || id.isEmpty()) {
            return Optional.empty();
        }
        try {
            PackageRelationship relationship = document.getRelationship(id);
            if (relationship == null || relationship.getTargetMode() == TargetMode.EXTERNAL) {
                return Optional.empty();
            }
            byte[] bytes = bounded(document.getRelatedPart(relationship));
            if (FileMagic.valueOf(bytes) == FileMagic.OOXML) {
                ZipGuard.check(bytes, limits);
            }
            try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
                int active = workbook.getActiveSheetIndex();
                return Optional.ofNullable(SheetTable.read(workbook.getSheetAt(active), path, limits.maxTableCells()));
            }
        } catch (LimitExceeded e) {
            throw e;
        } catch (Exception e) {
            // Damaged, encrypted or unusual embeddings (POI throws IOException and assorted runtime exceptions).
            unreadable++;
            return Optional.empty();
        }
    }

    /** How many embedded worksheets could not be read. */
    int unreadable() {
        return unreadable;
    }

    private byte[] bounded(PackagePart part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            return Input.readWithin(in, limits, "an embedded object");
        }
    }
}
