package io.github.gongkai.internal.parsers.word;

import io.github.gongkai.internal.parsers.LimitExceeded;
import io.github.gongkai.Limits;
import io.github.gongkai.document.Block;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.Paragraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Walks the body of a DOCX in document order and turns it into blocks. Block-level content controls ({@code w:sdt})
 * and custom XML wrappers are read through; text boxes are read as blocks placed right after the paragraph they are
 * anchored in, and so are Excel worksheets embedded as OLE objects ({@link EmbeddedSheets}). A content control still
 * showing its placeholder prompt is empty. Headers, footers, footnotes and comments live in other parts and are never
 * reached. A paragraph whose mark was deleted with tracked changes joins the next paragraph, as Word shows it. Empty
 * paragraphs are dropped, and so is a table of contents (a content control of Word's "Table of Contents" gallery, or
 * paragraphs in its {@code toc N} styles): its entries repeat the headings, with page numbers, before the sections
 * they name.
 *
 * <p>Origins are paths of 1-based indexes: {@code body[12]} is the 12th paragraph, table or content control of the
 * body; inside a content control, a cell or a text box, children are counted per kind, as in {@code body[5]/tbl[1]},
 * {@code body[14]/tr[3]/tc[2]/p[1]}, {@code body[9]/txbx[1]/tbl[1]} or {@code body[20]/object[1]/tr[2]/tc[3]}. Not
 * thread-safe: one instance reads one document.
 */
final class DocxReader {
    private final DocxNumbering numbering;
    private final DocxStyles styles;
    private final Limits limits;
    private final DocxTables tables;
    private final EmbeddedSheets sheets;
    private String title = "";
    private boolean tableSeen;
    private boolean ruby;
    private boolean altChunk;

    /**
     * Text of paragraphs whose mark was deleted with tracked changes, waiting in one container to join the
     * next paragraph; see {@link #paragraph}.
     */
    private static final class Joining {
        final StringBuilder text = new StringBuilder();
        String path;

        /** Emits text that had no paragraph to join (a table or the container's end came next) as its own block. */
        void flush(List<Block> out) {
            String pending = text.toString().strip();
            text.setLength(0);
            if (!pending.isEmpty()) {
                out.add(new Paragraph(pending, new Origin.Path(path)));
            }
        }
    }

    DocxReader(DocxNumbering numbering, DocxStyles styles, EmbeddedSheets sheets, Limits limits) {
        this.numbering = numbering;
        this.styles = styles;
        this.sheets = sheets;
        this.limits = limits;
        this.tables = new DocxTables(this, limits);
    }

    /** Reads the {@code w:body} element. */
    List<Block> readBody(Element body) {
        List<Block> blocks = new ArrayList<>();
        Joining joining = new Joining();
        int index = 0;
        for (Element child : Ooxml.children(body)) {
            noteAltChunk(child);
            if (isContent(child)) {
                index++;
                read(child, "body[" + index + "]", 0, joining, blocks);
            }
        }
        joining.flush(blocks);
        return blocks;
    }

    /**
     * The first title-like paragraph before the first table: a short line that is centred or has a title or
     * heading style; empty if there is none.
     */
    String title() {
        return title;
    }

    /** Whether some text carried phonetic guides (pinyin over the characters), which were left out. */
    boolean hadRuby() {
        return ruby;
    }

    /** Problems met that did not stop reading, in words a person understands. */
    List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (altChunk) {
            warnings.add("the document embeds imported content (altChunk, usually HTML) that is not read");
        }
        if (sheets.unreadable() > 0) {
            warnings.add(sheets.unreadable() + " embedded spreadsheet(s) could not be read");
        }
        return warnings;
    }

    /** Reads the content elements of a container (cell, content control, text box) under a path. */
    List<Block> readContainer(Element container, String path, int depth) {
        checkDepth(depth);
        List<Block> blocks = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        Joining joining = new Joining();
        for (Element child : Ooxml.children(container)) {
            noteAltChunk(child);
            if (isContent(child)) {
                int index = counts.merge(child.getLocalName(), 1, Integer::sum);
                read(child, path + "/" + child.getLocalName() + "[" + index + "]", depth, joining, blocks);
            }
        }
        joining.flush(blocks);
        return blocks;
    }

    /** An altChunk is a whole imported file (HTML, RTF or another DOCX) standing in for body content. */
    private void noteAltChunk(Element element) {
        altChunk |= Ooxml.is(element, "altChunk");
    }

    private static boolean isContent(Element element) {
        return Ooxml.is(element, "p") || Ooxml.is(element, "tbl") || Ooxml.is(element, "sdt")
                || Ooxml.is(element, "customXml");
    }

    private void read(Element element, String path, int depth, Joining joining, List<Block> out) {
        if (!Ooxml.is(element, "p")) {
            joining.flush(out);
        }
        switch (element.getLocalName()) {
            case "p" -> paragraph(element, path, depth, joining, out);
            case "tbl" -> {
                out.addAll(tables.read(element, path, depth + 1));
                tableSeen = true;
            }
            case "sdt" -> {
                Element content = Ooxml.child(element, "sdtContent");
                if (content != null && !isTableOfContents(element) && !Ooxml.showsPlaceholder(element)) {
                    out.addAll(readContainer(content, path, depth + 1));
                }
            }
            default -> out.addAll(readContainer(element, path, depth + 1));
        }
    }

    private static boolean isTableOfContents(Element sdt) {
        return "Table of Contents".equals(Ooxml.val(Ooxml.path(sdt, "sdtPr", "docPartObj", "docPartGallery")));
    }

    private void paragraph(Element element, String path, int depth, Joining joining, List<Block> out) {
        String style = Ooxml.val(Ooxml.path(element, "pPr", "pStyle"));
        if (styles.chain(style).stream().anyMatch(DocxStyles.Style::contents)) {
            return;
        }
        DocxText.Content content = DocxText.read(element, limits.maxNestingDepth() - depth);
        ruby |= content.ruby();
        if (markDeleted(element) || content.text().isEmpty() && content.deletions()) {
            // Deleting a paragraph mark with tracked changes joins the paragraph to the next one, which keeps
            // its own properties: the joined text takes no number and no list counts it. A paragraph whose
            // text is all deleted counts as deleted too: converters such as LibreOffice drop the mark's
            // deletion, and an empty list item would only shift the numbers after it.
            if (joining.text.isEmpty()) {
                joining.path = path;
            }
            joining.text.append(content.text());
        } else {
            String text = (numbering.label(element) + joining.text + content.text()).strip();
            joining.text.setLength(0);
            if (!text.isEmpty()) {
                out.add(new Paragraph(text, new Origin.Path(path)));
                noteTitle(element, text, depth);
            }
        }
        int box = 0;
        for (Element textBox : content.textBoxes()) {
            box++;
            out.addAll(readContainer(textBox, path + "/txbx[" + box + "]", depth + 1));
        }
        int object = 0;
        for (Element oleObject : content.objects()) {
            object++;
            sheets.read(oleObject, path + "/object[" + object + "]").ifPresent(table -> {
                out.add(table);
                tableSeen = true;
            });
        }
    }

    private static boolean markDeleted(Element paragraph) {
        return Ooxml.path(paragraph, "pPr", "rPr", "del") != null;
    }

    private void noteTitle(Element paragraph, String text, int depth) {
        if (!title.isEmpty() || tableSeen || depth > 0 || !WordText.looksLikeTitle(text)) {
            return;
        }
        Element pPr = Ooxml.child(paragraph, "pPr");
        boolean centred = "center".equals(Ooxml.val(Ooxml.child(pPr, "jc")));
        boolean outline = Ooxml.child(pPr, "outlineLvl") != null;
        boolean styled = styles.chain(Ooxml.val(Ooxml.child(pPr, "pStyle"))).stream()
                .anyMatch(DocxStyles.Style::headingLike);
        if (centred || outline || styled) {
            title = text;
        }
    }

    private void checkDepth(int depth) {
        if (depth > limits.maxNestingDepth()) {
            throw new LimitExceeded("content nested deeper than " + limits.maxNestingDepth() + " levels");
        }
    }
}
