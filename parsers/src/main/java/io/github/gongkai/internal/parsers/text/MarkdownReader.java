package io.github.gongkai.internal.parsers.text;

import io.github.gongkai.internal.text.OutlineNumber;
import io.github.gongkai.internal.text.Characters;
import io.github.gongkai.document.Block;
import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.Paragraph;
import io.github.gongkai.document.Table;
import io.github.gongkai.internal.parsers.LimitExceeded;
import io.github.gongkai.internal.text.LineJoin;
import io.github.gongkai.model.GongkaiException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown as document converters write it into paragraphs and tables. Headings (ATX {@code ##}
 * and setext underlines) are paragraphs of their own, as are lines wholly emphasised ({@code **（一）主动公开**});
 * list bullets, block quote marks, rules, page separators, HTML comments (page markers) and YAML front
 * matter (but its title) are dropped. Tables are read
 * in the three forms converters write: pipe tables, grid tables and embedded HTML tables. Lines of one
 * Markdown paragraph are joined where one continues the other, not after the end of a sentence or
 * before an outline number. Every block and cell keeps its line.
 */
final class MarkdownReader {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern BULLET = Pattern.compile("^\\s{0,3}[-+*][ \\t]+");
    private static final Pattern BLOCK_QUOTE = Pattern.compile("^\\s{0,3}>[ \\t]?");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(?:`{3,}|~{3,})");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*\\S+.*$");
    /** The page separator some converters write between pages: {@code {3}------}. */
    private static final Pattern PAGE_SEPARATOR = Pattern.compile("^\\s*\\{[0-9]{1,5}}-{3,}\\s*$");
    private static final Pattern TABLE_END = Pattern.compile("(?i)</table\\s*>");
    /** Keys and list items of YAML front matter, and indented continuations. */
    private static final Pattern FRONT_MATTER_ENTRY = Pattern.compile("^(?:[A-Za-z_][\\w-]*\\s*:|\\s+\\S|-\\s)");
    private static final Pattern FRONT_MATTER_TITLE = Pattern.compile("^title\\s*:\\s*[\"']?(.*?)[\"']?\\s*$");
    private static final int FRONT_MATTER_LINES = 100;
    /** Marks that end a sentence or a heading: a line after one is a paragraph of its own. */
    private static final String ENDS = "。！？；：!?;:";

    private final String[] lines;
    private final int maxTableCells;
    private final String file;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder paragraph = new StringBuilder();
    private int paragraphLine;

    private MarkdownReader(String text, int maxTableCells, String file) {
        this.lines = LINE_BREAK.split(withoutComments(text), -1);
        this.maxTableCells = maxTableCells;
        this.file = file;
    }

    /** Reads the blocks of a Markdown text; fails with TOO_LARGE when a table has more cells than allowed. */
    static List<Block> read(String text, int maxTableCells, String file) throws GongkaiException {
        return new MarkdownReader(text, maxTableCells, file).read();
    }

    /** HTML comments (page markers, image placeholders) removed, the line breaks inside them kept. */
    private static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        int open = text.indexOf("<!--");
        while (open >= 0) {
            int close = text.indexOf("-->", open + 4);
            if (close < 0) {
                break;
            }
            out.append(text, at, open);
            text.substring(open, close).chars().filter(ch -> ch == '\n' || ch == '\r')
                    .forEach(ch -> out.append((char) ch));
            at = close + 3;
            open = text.indexOf("<!--", at);
        }
        return out.append(text, at, text.length()).toString();
    }

    private List<Block> read() throws GongkaiException {
        boolean fenced = false;
        for (int i = frontMatter(); i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).lookingAt()) {
                flush();
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                text(line, i);
                flush();
                continue;
            }
            line = BLOCK_QUOTE.matcher(line).replaceAll("");
            i = block(line, i);
        }
        flush();
        return blocks;
    }

    /**
     * Skips the YAML front matter pandoc opens a file with ({@code ---}, {@code title: …}, {@code ---}),
     * keeping its title as the first paragraph; returns the index of the first line after it.
     */
    private int frontMatter() {
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return 0;
        }
        for (int end = 1; end < Math.min(lines.length, FRONT_MATTER_LINES); end++) {
            String line = lines[end].strip();
            if (line.equals("---") || line.equals("...")) {
                for (int i = 1; i < end; i++) {
                    Matcher title = FRONT_MATTER_TITLE.matcher(lines[i]);
                    if (title.matches()) {
                        blocks.add(new Paragraph(Characters.strip(title.group(1)), new Origin.Line(i + 1)));
                    }
                }
                return end + 1;
            }
            if (!line.isEmpty() && !FRONT_MATTER_ENTRY.matcher(lines[end]).lookingAt()) {
                return 0;
            }
        }
        return 0;
    }

    /** Reads the block starting at line {@code i}; returns the index of its last line. */
    private int block(String line, int i) throws GongkaiException {
        if (line.isBlank() || CellShape.isPageNumber(line) || PAGE_SEPARATOR.matcher(line).matches()) {
            flush();
            return i;
        }
        if (MarkdownSyntax.TABLE_START.matcher(line).lookingAt()) {
            return htmlTable(i);
        }
        if (MarkdownSyntax.isGridBorder(line)) {
            return gridTable(i);
        }
        if (MarkdownTables.hasPipe(line) && (Characters.strip(line).startsWith("|") || isDelimiterRow(i + 1))) {
            return pipeTable(i);
        }
        Matcher atx = MarkdownSyntax.ATX_HEADING.matcher(line);
        if (atx.matches()) {
            heading(atx.group(2) == null ? "" : atx.group(2), i);
            return i;
        }
        if (i + 1 < lines.length && MarkdownSyntax.SETEXT_UNDERLINE.matcher(lines[i + 1]).matches()
                && !BULLET.matcher(line).lookingAt()) {
            heading(line, i);
            return i + 1;
        }
        if (MarkdownSyntax.isThematicBreak(line) || LINK_DEFINITION.matcher(line).matches()) {
            flush();
            return i;
        }
        Matcher bullet = BULLET.matcher(line);
        if (bullet.lookingAt()) {
            flush();
            line = line.substring(bullet.end());
        }
        if (MarkdownSyntax.WHOLLY_EMPHASISED.matcher(line).matches()) {
            heading(line, i);
            return i;
        }
        text(line, i);
        // A hard line break: two spaces or a backslash at the end.
        if (line.endsWith("  ") || line.endsWith("\\")) {
            flush();
        }
        return i;
    }

    private boolean isDelimiterRow(int i) {
        return i < lines.length && MarkdownSyntax.isDelimiterRow(lines[i]);
    }

    private void heading(String markdown, int i) {
        flush();
        for (String text : MarkdownInline.lines(markdown)) {
            blocks.add(new Paragraph(text, new Origin.Line(i + 1)));
        }
    }

    /** A line of running text: it continues the paragraph, or starts one. */
    private void text(String markdown, int i) {
        List<String> parts = MarkdownInline.lines(markdown);
        for (int p = 0; p < parts.size(); p++) {
            String part = parts.get(p);
            if (p > 0 || paragraph.length() > 0 && startsParagraph(part)) {
                flush();
            }
            if (paragraph.length() == 0) {
                paragraphLine = i + 1;
            }
            String joined = LineJoin.join(List.of(paragraph.toString(), part), LineJoin.Break.AUTHORED);
            paragraph.setLength(0);
            paragraph.append(joined);
        }
        if (parts.size() > 1) {
            flush();
        }
    }

    private boolean startsParagraph(String line) {
        return ENDS.indexOf(paragraph.charAt(paragraph.length() - 1)) >= 0
                || OutlineNumber.level(line) != OutlineNumber.UNNUMBERED;
    }

    private void flush() {
        if (paragraph.length() > 0) {
            blocks.add(new Paragraph(paragraph.toString(), new Origin.Line(paragraphLine)));
            paragraph.setLength(0);
        }
    }

    private int htmlTable(int from) throws GongkaiException {
        int to = from;
        while (to + 1 < lines.length && !TABLE_END.matcher(lines[to]).find()) {
            to++;
        }
        addTable(HtmlTableBlock.rows(String.join("\n", List.of(lines).subList(from, to + 1)), from + 1), from);
        return to;
    }

    private int gridTable(int from) throws GongkaiException {
        int to = from;
        while (to + 1 < lines.length && !lines[to + 1].isBlank()
                && "+|".indexOf(Characters.strip(lines[to + 1]).charAt(0)) >= 0) {
            to++;
        }
        addTable(GridTable.rows(List.of(lines).subList(from, to + 1), from + 1), from);
        return to;
    }

    private int pipeTable(int from) throws GongkaiException {
        List<List<Cell>> rows = new ArrayList<>();
        int i = from;
        for (; i < lines.length && !lines[i].isBlank() && MarkdownTables.hasPipe(lines[i]); i++) {
            if (MarkdownSyntax.isDelimiterRow(lines[i])) {
                continue;
            }
            Origin origin = new Origin.Line(i + 1);
            List<Cell> row = MarkdownTables.pipeCells(lines[i]).stream()
                    .map(cell -> Cell.of(MarkdownInline.cell(cell), origin)).toList();
            if (!row.isEmpty()) {
                rows.add(row);
            }
        }
        addTable(rows, from);
        return i - 1;
    }

    private void addTable(List<List<Cell>> rows, int line) throws GongkaiException {
        flush();
        if (rows.stream().allMatch(List::isEmpty)) {
            return;
        }
        long area = rows.stream().flatMap(List::stream).mapToLong(cell -> (long) cell.rowSpan() * cell.colSpan()).sum();
        if (area > maxTableCells) {
            throw LimitExceeded.tableCells("a table", maxTableCells).failure(file);
        }
        blocks.add(new Table(rows, new Origin.Line(line + 1)));
    }
}
