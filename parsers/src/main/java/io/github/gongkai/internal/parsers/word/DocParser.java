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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads Word 97–2003 documents (.doc) with Apache POI's HWPF into the format-neutral document: paragraphs
 * and tables of the main text in order, merged cells placed once with spans derived from the cells' edges,
 * and the numbers of automatic list numbering put in front of the paragraph text. Text boxes are kept in
 * a separate story whose position in the body the format does not record: their blocks follow the body,
 * named {@code textbox[n]}.
 *
 * <p>Limits: Word 6/95 files are refused as {@link Reason#UNSUPPORTED_FORMAT}; see {@code DocTables} and
 * {@code DocNumbering} for nested tables and numbering. An encrypted file fails with
 * {@link Reason#ENCRYPTED}, a damaged one with {@link Reason#CORRUPT}.
 */
public final class DocParser implements FormatParser {

    @Override
    public Format format() {
        return Format.DOC;
    }

    @Override
    public Document parse(Input input, Limits limits) throws GongkaiException {
        String file = input.name();
        byte[] bytes = input.bytes();
        FileMagic magic = Ole2.magic(input, limits);
        if (magic != FileMagic.OLE2) {
            throw new GongkaiException(Reason.UNSUPPORTED_FORMAT, file, magic == FileMagic.OOXML
                    ? "an Office Open XML (DOCX) package, not a Word 97-2003 file" : Ole2.describeForeign(bytes, magic));
        }
        Deadline deadline = Deadline.start(file, limits);
        try (POIFSFileSystem fs = Ole2.open(bytes, file)) {
            if (Ole2.isEncryptedPackage(fs)) {
                throw WordFailures.encrypted(file, null);
            }
            if (!fs.getRoot().hasEntry("WordDocument")) {
                throw new GongkaiException(Reason.UNSUPPORTED_FORMAT, file, "an OLE2 file without a Word document stream");
            }
            HWPFDocument document = new HWPFDocument(fs.getRoot());
            deadline.check();
            Document result = read(document, file, limits);
            deadline.check();
            return result;
        } catch (EncryptedDocumentException e) {
            throw WordFailures.encrypted(file, e);
        } catch (OldWordFileFormatException e) {
            throw new GongkaiException(Reason.UNSUPPORTED_FORMAT, file, "a Word 6 or Word 95 file", e);
        } catch (Exception e) {
            throw WordFailures.failure(file, e);
        }
    }

    private static Document read(HWPFDocument document, String file, Limits limits) throws GongkaiException {
        DocReader reader = new DocReader(document, limits);
        List<Block> blocks = new ArrayList<>(reader.read(document.getRange(), "body"));
        if (document.getMainTextboxRange() != null) {
            blocks.addAll(reader.read(document.getMainTextboxRange(), "textbox"));
        }
        if (blocks.isEmpty()) {
            throw document.getPicturesTable().getAllPictures().isEmpty()
                    ? new GongkaiException(Reason.NO_REPORT, file, "the document has no text")
                    : new GongkaiException(Reason.SCANNED, file, "the document holds only images");
        }
        SummaryInformation summary = document.getSummaryInformation();
        String title = summary == null || summary.getTitle() == null || summary.getTitle().isBlank()
                ? reader.title() : summary.getTitle().strip();
        int pages = summary == null ? 0 : Math.max(0, summary.getPageCount());
        return new Document(blocks, new Metadata(title, "", "", pages, Set.of(), reader.warnings()));
    }
}
