package io.github.gongkai.internal.parsers.text;

import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The rows of the two kinds of Markdown table converters write: pipe tables (one row per line, cells
 * between unescaped pipes, outer pipes optional) and pandoc's grid tables (cells drawn with {@code +},
 * {@code -} and {@code |}, a cell's text wrapped over several lines, a column span where a border has no
 * {@code +}). Cell text keeps its inline markup for {@link MarkdownInline} to remove.
 */
final class MarkdownTables {
    private MarkdownTables() {
    }

    /** The cells of a pipe table row, without the empty cells that merged cells leave at its end. */
    static List<String> pipeCells(String line) {
        String row = CellText.strip(line);
        List<String> cells = new ArrayList<>();
        int start = row.startsWith("|") ? 1 : 0;
        boolean escaped = false;
        for (int i = start; i < row.length(); i++) {
            char ch = row.charAt(i);
            if (ch == '|' && !escaped) {
                cells.add(row.substring(start, i));
                start = i + 1;
            }
            escaped = ch == '\\' && !escaped;
        }
        if (start < row.length()) {
            cells.add(row.substring(start));
        }
        int end = cells.size();
        while (end > 0 && MarkdownInline.cell(cells.get(end - 1)).isEmpty()) {
            end--;
        }
        return cells.subList(0, end);
    }

    /** Whether a line holds a pipe that is not escaped. */
    static boolean hasPipe(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '|') {
                return true;
            }
        }
        return false;
    }

    /**
     * The rows of a grid table.
     *
     * @param lines its lines, borders included
     * @param first the number of its first line, counted from 1
     */
    static List<List<Cell>> gridRows(List<String> lines, int first) {
        TreeSet<Integer> boundaries = new TreeSet<>();
        for (String line : lines) {
            if (isBorder(line)) {
                boundaries.addAll(columnsOf(line, '+'));
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        List<Integer> edges = null;
        List<List<String>> texts = new ArrayList<>();
        int rowLine = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : null;
            if (line == null || isBorder(line)) {
                if (edges != null) {
                    rows.add(gridRow(edges, texts, boundaries, rowLine));
                }
                edges = null;
                texts = new ArrayList<>();
                continue;
            }
            List<Integer> pipes = columnsOf(line, '|');
            if (edges == null) {
                edges = pipes;
                rowLine = first + i;
                for (int c = 0; c + 1 < edges.size(); c++) {
                    texts.add(new ArrayList<>());
                }
            }
            List<String> parts = between(line);
            for (int c = 0; c < parts.size() && c < texts.size(); c++) {
                texts.get(c).add(CellText.strip(parts.get(c)));
            }
        }
        return rows;
    }

    private static List<Cell> gridRow(List<Integer> edges, List<List<String>> texts, TreeSet<Integer> boundaries,
                                      int line) {
        List<Cell> row = new ArrayList<>();
        for (int c = 0; c + 1 < edges.size(); c++) {
            // A border drawn a column off (an ambiguous-width character) is no column of its own.
            int span = boundaries.subSet(edges.get(c) + 1, false, edges.get(c + 1) - 1, false).size() + 1;
            row.add(new Cell(MarkdownInline.cell(String.join("<br>", texts.get(c))), 1, span, new Origin.Line(line)));
        }
        return row;
    }

    static boolean isBorder(String line) {
        String t = CellText.strip(line);
        if (t.length() < 2 || "+|".indexOf(t.charAt(0)) < 0 || "+|".indexOf(t.charAt(t.length() - 1)) < 0) {
            return false;
        }
        boolean rule = false;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if ("+|-=: ".indexOf(ch) < 0) {
                return false;
            }
            rule |= ch == '-' || ch == '=';
        }
        return rule && t.indexOf('+') >= 0;
    }

    /** The display columns (a Chinese character takes two) at which a character stands in a line. */
    private static List<Integer> columnsOf(String line, char wanted) {
        List<Integer> columns = new ArrayList<>();
        int column = 0;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == wanted) {
                columns.add(column);
            }
            column += MarkdownInline.isWide(ch) ? 2 : 1;
        }
        return columns;
    }

    /** The text between each two consecutive pipes of a line. */
    private static List<String> between(String line) {
        List<String> parts = new ArrayList<>();
        int previous = -1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|') {
                if (previous >= 0) {
                    parts.add(line.substring(previous + 1, i));
                }
                previous = i;
            }
        }
        return parts;
    }
}
