package io.github.gongkai.internal.parsers.text;

import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A pandoc grid table: cells drawn with {@code +}, {@code -} and {@code |}, {@code =} under the header. A
 * cell's text wraps over several lines; a cell spans the columns no {@code +} divides it into, and the rows
 * whose borders leave it open (blank where the other cells have dashes), its text running on through those
 * border lines. Columns are counted in display width, a Chinese character taking two.
 */
final class GridTable {
    /** A border drawn a column off (an ambiguous-width character) is no column of its own. */
    private static final int TOLERANCE = 1;

    /** The text between two separators, from the column of the one to that of the other. */
    private record Segment(int start, int end, String text) {
        boolean isRule() {
            String t = text.strip();
            return !t.isEmpty() && t.chars().allMatch(ch -> ch == '-' || ch == '=' || ch == ':');
        }

        boolean within(Open cell) {
            return start >= cell.start - TOLERANCE && end <= cell.end + TOLERANCE;
        }

        boolean overlaps(Open cell) {
            return start < cell.end - TOLERANCE && end > cell.start + TOLERANCE;
        }
    }

    /** A cell being read: its columns, its row, the rows it spans so far, its lines of text. */
    private static final class Open {
        final int start;
        final int end;
        final int row;
        final int line;
        final List<String> lines = new ArrayList<>();
        int rowSpan = 1;

        Open(int start, int end, int row, int line) {
            this.start = start;
            this.end = end;
            this.row = row;
            this.line = line;
        }
    }

    private GridTable() {
    }

    /**
     * The rows of a grid table.
     *
     * @param lines its lines, borders included
     * @param first the number of its first line, counted from 1
     */
    static List<List<Cell>> rows(List<String> lines, int first) {
        TreeSet<Integer> boundaries = new TreeSet<>();
        List<Open> open = new ArrayList<>();
        List<Open> cells = new ArrayList<>();
        int borders = 0;
        for (int i = 0; i < lines.size(); i++) {
            List<Segment> segments = segments(lines.get(i));
            int row = Math.max(0, borders - 1);
            if (segments.stream().noneMatch(Segment::isRule)) {
                for (Segment segment : segments) {
                    Open cell = covering(open, segment);
                    if (cell == null) {
                        cell = new Open(segment.start, segment.end, row, first + i);
                        open.add(cell);
                        cells.add(cell);
                    }
                    cell.lines.add(segment.text.strip());
                }
                continue;
            }
            // A border, whole or left open over cells spanning on: it closes the cells under its dashes.
            borders++;
            for (Segment segment : segments) {
                boundaries.add(segment.start);
                boundaries.add(segment.end);
                if (segment.isRule()) {
                    open.removeIf(segment::overlaps);
                } else {
                    Open cell = covering(open, segment);
                    if (cell != null) {
                        cell.lines.add(segment.text.strip());
                    }
                }
            }
            open.forEach(cell -> cell.rowSpan++);
        }
        return place(cells, boundaries);
    }

    private static List<List<Cell>> place(List<Open> cells, TreeSet<Integer> boundaries) {
        int height = cells.stream().mapToInt(cell -> cell.row + 1).max().orElse(0);
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            rows.add(new ArrayList<>());
        }
        cells.sort((a, b) -> a.row != b.row ? Integer.compare(a.row, b.row) : Integer.compare(a.start, b.start));
        for (Open cell : cells) {
            int colSpan = boundaries.subSet(cell.start + TOLERANCE, false, cell.end - TOLERANCE, false).size() + 1;
            int rowSpan = Math.min(cell.rowSpan, height - cell.row);
            rows.get(cell.row).add(new Cell(MarkdownInline.cell(String.join("<br>", cell.lines)), rowSpan, colSpan,
                    new Origin.Line(cell.line)));
        }
        return rows;
    }

    private static Open covering(List<Open> open, Segment segment) {
        for (Open cell : open) {
            if (segment.within(cell)) {
                return cell;
            }
        }
        return null;
    }

    /**
     * The segments of a line between separators: {@code |} and {@code +}, or {@code |} alone on a line
     * without dashes, where a {@code +} is text.
     */
    private static List<Segment> segments(String line) {
        List<Segment> segments = segments(line, "|+");
        return segments.stream().anyMatch(Segment::isRule) ? segments : segments(line, "|");
    }

    private static List<Segment> segments(String line, String separators) {
        List<Segment> segments = new ArrayList<>();
        int column = 0;
        int previous = -1;
        int previousColumn = 0;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (separators.indexOf(ch) >= 0) {
                if (previous >= 0) {
                    segments.add(new Segment(previousColumn, column, line.substring(previous + 1, i)));
                }
                previous = i;
                previousColumn = column;
            }
            column += MarkdownInline.isDoubleWidth(ch) ? 2 : 1;
        }
        return segments;
    }
}
