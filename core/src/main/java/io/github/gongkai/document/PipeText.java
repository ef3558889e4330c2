package io.github.gongkai.document;

import java.util.ArrayList;
import java.util.List;

/**
 * The document as pipe-delimited text, the form scraped reports are shared in: one paragraph per line,
 * one table row per line with the grid's cells joined by {@code " | "} and closed by {@code " |"}, and a
 * blank line after each table. A merged cell's text stands at its top-left position; the other positions
 * it covers are empty. A literal {@code |} or {@code \} in a text is escaped with a backslash.
 *
 * <p>{@link #read(String)} reads exactly what {@link #write(Document)} writes, so that the text and the
 * grid survive a round trip. It is strict; scraped text in other layouts is read by the text parser.
 */
public final class PipeText {
    private static final String SEPARATOR = " | ";
    private static final String END = " |";

    private PipeText() {
    }

    /** Renders a document, line by line, ending with a newline. */
    public static String write(Document document) {
        StringBuilder out = new StringBuilder();
        for (Block block : document.blocks()) {
            if (block instanceof Paragraph paragraph) {
                if (!paragraph.text().isEmpty()) {
                    out.append(escape(paragraph.text())).append('\n');
                }
            } else if (block instanceof Table table) {
                writeTable(table, out);
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static void writeTable(Table table, StringBuilder out) {
        Grid grid = table.grid();
        for (int r = 0; r < grid.height(); r++) {
            for (int c = 0; c < grid.width(); c++) {
                if (c > 0) {
                    out.append(SEPARATOR);
                }
                out.append(escape(grid.textAt(r, c)));
            }
            out.append(END).append('\n');
        }
    }

    /** Reads text written by {@link #write(Document)}; each block and cell gets its line as origin. */
    public static Document read(String text) {
        List<Block> blocks = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        int tableStart = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (isRow(line)) {
                if (rows.isEmpty()) {
                    tableStart = number;
                }
                List<Cell> row = new ArrayList<>();
                for (String cell : splitRow(line)) {
                    row.add(Cell.of(cell, new Origin.Line(number)));
                }
                rows.add(row);
                continue;
            }
            if (!rows.isEmpty()) {
                blocks.add(new Table(rows, new Origin.Line(tableStart)));
                rows = new ArrayList<>();
            }
            if (!line.isEmpty()) {
                blocks.add(new Paragraph(unescape(line), new Origin.Line(number)));
            }
        }
        if (!rows.isEmpty()) {
            blocks.add(new Table(rows, new Origin.Line(tableStart)));
        }
        return Document.of(blocks);
    }

    /** Whether a line is a table row: it ends with an unescaped {@code " |"}, or is a lone {@code "|"}. */
    static boolean isRow(String line) {
        if (line.equals("|")) {
            return true;
        }
        if (!line.endsWith(END)) {
            return false;
        }
        int backslashes = 0;
        for (int i = line.length() - 2; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 0;
    }

    private static List<String> splitRow(String line) {
        String body = line.equals("|") ? "" : line.substring(0, line.length() - END.length());
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (ch == '\\' && i + 1 < body.length()) {
                cell.append(body.charAt(++i));
            } else if (body.startsWith(SEPARATOR, i)) {
                cells.add(cell.toString());
                cell.setLength(0);
                i += SEPARATOR.length() - 1;
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\\' && i + 1 < text.length()) {
                ch = text.charAt(++i);
            }
            out.append(ch);
        }
        return out.toString();
    }
}
