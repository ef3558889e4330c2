package io.github.gongkai.internal.parsers.word;

import io.github.gongkai.Limits;
import io.github.gongkai.document.Block;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;

/**
 * Reads the paragraphs and tables of a .doc text range in order. The main document range holds neither
 * headers, footers nor notes, which HWPF keeps in ranges of their own. Origins follow the DOCX reader's:
 * {@code body[12]} is the 12th paragraph or table of the range, {@code body[14]/tr[3]/tc[2]} a cell.
 * Not thread-safe: one instance reads one document.
 */
final class DocReader {
    private static final int JUSTIFY_CENTER = 1;
    /** HWPF's outline level for body text. */
    private static final int BODY_TEXT_LEVEL = 9;

    private final HWPFDocument document;
    private final DocNumbering numbering = new DocNumbering();
    private final DocTables tables;
    private final DocFields fields;
    private String title = "";
    private boolean tableSeen;
    private boolean brokenTables;

    DocReader(HWPFDocument document, Limits limits) {
        this.document = document;
        this.tables = new DocTables(limits);
        this.fields = new DocFields(limits.maxNestingDepth());
    }

    /** Reads a range, naming its blocks {@code prefix[n]}. */
    List<Block> read(Range range, String prefix) {
        fields.reset();
        List<Block> blocks = new ArrayList<>();
        StringBuilder joining = new StringBuilder();
        String joiningPath = "";
        int index = 0;
        int count = range.numParagraphs();
        for (int i = 0; i < count; ) {
            org.apache.poi.hwpf.usermodel.Paragraph paragraph = range.getParagraph(i);
            index++;
            String path = prefix + "[" + index + "]";
            Table table = paragraph.isInTable() ? tableAt(range, paragraph) : null;
            if (table != null) {
                addParagraph(joining, joiningPath, blocks);
                joining.setLength(0);
                fields.reset();
                blocks.addAll(tables.read(table, path, this::text));
                fields.reset();
                tableSeen = true;
                i += Math.max(1, table.numParagraphs());
                continue;
            }
            boolean deleted = markDeleted(paragraph);
            String text = text(paragraph, deleted);
            if (deleted) {
                // As in DOCX: a paragraph whose mark was deleted with tracked changes joins the next one.
                joiningPath = joining.isEmpty() ? path : joiningPath;
                joining.append(text);
            } else {
                text = joining + text;
                joining.setLength(0);
                if (addParagraph(text, path, blocks)) {
                    noteTitle(paragraph, text);
                }
            }
            i++;
        }
        addParagraph(joining, joiningPath, blocks);
        return blocks;
    }

    /** Adds a paragraph unless its text is blank; whether it did. */
    private static boolean addParagraph(CharSequence text, String path, List<Block> out) {
        String stripped = text.toString().strip();
        if (stripped.isEmpty()) {
            return false;
        }
        out.add(new Paragraph(stripped, new Origin.Path(path)));
        return true;
    }

    /**
     * Whether the paragraph mark was deleted with tracked changes left unaccepted, or all its text was (as in
     * DOCX, where the reasons are given): the paragraph then joins the next one and has no automatic number.
     */
    private static boolean markDeleted(org.apache.poi.hwpf.usermodel.Paragraph paragraph) {
        int runs = paragraph.numCharacterRuns();
        if (runs == 0) {
            return false;
        }
        CharacterRun last = paragraph.getCharacterRun(runs - 1);
        return last.isMarkedDeleted() && last.text().endsWith("\r") || allTextDeleted(paragraph);
    }

    /**
     * Whether a range has text and all of it is marked deleted. Paragraph, cell and row marks are not
     * consulted: converters disagree on which mark carries a deletion, and LibreOffice drops it.
     */
    static boolean allTextDeleted(Range range) {
        boolean deleted = false;
        for (int i = 0; i < range.numCharacterRuns(); i++) {
            CharacterRun run = range.getCharacterRun(i);
            if (!clean(run.text()).isEmpty()) {
                if (!run.isMarkedDeleted()) {
                    return false;
                }
                deleted = true;
            }
        }
        return deleted;
    }

    /**
     * The table starting at a paragraph, or null where HWPF cannot make out its rows (damaged or unusual
     * table marks): the table's paragraphs are then read one by one, which keeps the text.
     */
    private Table tableAt(Range range, org.apache.poi.hwpf.usermodel.Paragraph paragraph) {
        try {
            return range.getTable(paragraph);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            brokenTables = true;
            return null;
        }
    }

    /** Problems met that did not stop reading, in words a person understands. */
    List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (numbering.hadUnreadableLists()) {
            warnings.add("some automatic numbering could not be read; those paragraphs lack their numbers");
        }
        if (brokenTables) {
            warnings.add("some table structure could not be read; those cells are read as paragraphs");
        }
        return warnings;
    }

    /** The first title-like paragraph before the first table of the body, or empty. */
    String title() {
        return title;
    }


    /**
     * A paragraph's text with its automatic number, on one line; counts the number. Field instructions,
     * deleted revisions and hidden text are left out ({@link DocFields}).
     */
    private String text(org.apache.poi.hwpf.usermodel.Paragraph paragraph) {
        return text(paragraph, markDeleted(paragraph));
    }

    /** As {@link #text(org.apache.poi.hwpf.usermodel.Paragraph)}, with {@link #markDeleted} already asked. */
    private String text(org.apache.poi.hwpf.usermodel.Paragraph paragraph, boolean deleted) {
        String label = deleted ? "" : numbering.label(paragraph);
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < paragraph.numCharacterRuns(); i++) {
            CharacterRun run = paragraph.getCharacterRun(i);
            // Every run goes through the field state, even those not shown, so that fields stay paired.
            String visible = fields.visible(run.text());
            if (!run.isMarkedDeleted() && !run.isVanished()) {
                raw.append(visible);
            }
        }
        return (label + clean(raw.toString())).strip();
    }

    /**
     * Removes what the binary format keeps inline besides fields: paragraph, cell and row marks, page and
     * column breaks, and the placeholders of pictures and note references. Manual line breaks split lines,
     * joined as {@link WordText#joinLines} does.
     */
    static String clean(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '\u000b' -> {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                case '\t' -> line.append(' ');
                case '\u001e' -> line.append('-');
                default -> {
                    if (ch >= ' ') {
                        line.append(ch);
                    }
                }
            }
        }
        lines.add(line.toString());
        return WordText.joinLines(lines);
    }

    private void noteTitle(org.apache.poi.hwpf.usermodel.Paragraph paragraph, String text) {
        if (!title.isEmpty() || tableSeen || !WordText.looksLikeTitle(text)) {
            return;
        }
        if (paragraph.getJustification() == JUSTIFY_CENTER || paragraph.getLvl() < BODY_TEXT_LEVEL
                || headingStyle(paragraph.getStyleIndex())) {
            title = text;
        }
    }

    private boolean headingStyle(int styleIndex) {
        StyleDescription style = document.getStyleSheet().getStyleDescription(styleIndex);
        String name = style == null || style.getName() == null ? "" : style.getName().toLowerCase(Locale.ROOT);
        return WordText.isHeadingStyleName(name);
    }
}
