package io.github.gongkai.internal.parsers.text;

import io.github.gongkai.internal.text.OutlineNumber;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rebuilds table rows from a stream of cells that lost their row breaks (one cell per line), using the
 * structure of a statistics table: a row is a label, possibly in several numbered parts such as
 * {@code 三、本年度办理结果 (一)予以公开} or {@code (三)不予公开 1.属于国家秘密}, followed by its values; cells
 * before the first label are the header. Between two rows, cells that are neither label nor value are
 * header cells of the next group, such as {@code 第二十条第(五)项 信息内容 本年处理决定数量}.
 *
 * <p>Where the stream is not delimited (no pipes), the same reading also finds where tables start and
 * end: a sentence, or a top-level heading such as {@code 三、收到和处理政府信息公开申请情况} that no values
 * follow, closes a table; cells that form no table are handed back as loose text.
 */
final class CellStream {
    /** Fewest rows with values, or values in a single row, that make a table of an undelimited stream. */
    private static final int FEWEST_ROWS = 2;
    private static final int FEWEST_VALUES_IN_ONE_ROW = 3;

    /**
     * A part of the stream: a table (rows of cells) or loose cells that belong to no table.
     *
     * @param rows  the table's rows; for loose cells, one list holding them
     * @param table whether this is a table
     */
    record Piece(List<List<Token>> rows, boolean table) {
    }

    private final List<Token> tokens;
    private final boolean delimited;
    private final boolean[] value;
    private final List<Piece> pieces = new ArrayList<>();
    private List<RebuiltRow> table;

    private CellStream(List<Token> tokens, boolean delimited) {
        this.tokens = tokens;
        this.delimited = delimited;
        this.value = values(tokens);
    }

    /**
     * Reads a stream of cells.
     *
     * @param tokens    the cells in reading order
     * @param delimited whether the stream is known to be one table (cells marked by pipes), so that no
     *                  cell may leave it
     * @return tables and loose cells, in reading order
     */
    static List<Piece> read(List<Token> tokens, boolean delimited) {
        return new CellStream(tokens, delimited).read();
    }

    /** A blank cell is a value that was not reported when it stands among values, else an empty header. */
    private static boolean[] values(List<Token> tokens) {
        int n = tokens.size();
        boolean[] value = new boolean[n];
        for (int i = 0; i < n; i++) {
            value[i] = tokens.get(i).isValue();
        }
        // Whether the nearest non-blank cell before, and after, each position is a value: two passes.
        boolean[] valueBefore = new boolean[n];
        boolean[] valueAfter = new boolean[n];
        for (int i = 1; i < n; i++) {
            valueBefore[i] = tokens.get(i - 1).isBlank() ? valueBefore[i - 1] : value[i - 1];
        }
        for (int i = n - 2; i >= 0; i--) {
            valueAfter[i] = tokens.get(i + 1).isBlank() ? valueAfter[i + 1] : value[i + 1];
        }
        for (int i = 0; i < n; i++) {
            if (tokens.get(i).isBlank()) {
                value[i] = valueBefore[i] || valueAfter[i];
            }
        }
        return value;
    }

    private List<Piece> read() {
        int cursor = 0;
        int i = 0;
        while (i < tokens.size()) {
            if (!value[i]) {
                i++;
                continue;
            }
            int end = i;
            while (end < tokens.size() && value[end]) {
                end++;
            }
            int label = labelStart(cursor, i);
            int header = cursor;
            if (!delimited) {
                int lastBreak = lastBreak(cursor, label);
                if (lastBreak >= 0) {
                    closeTable();
                    loose(cursor, lastBreak + 1);
                    header = lastBreak + 1;
                }
            }
            if (table == null) {
                table = new ArrayList<>();
            }
            if (header < label) {
                table.add(new RebuiltRow(tokens.subList(header, label), List.of()));
            }
            table.add(new RebuiltRow(tokens.subList(label, i), tokens.subList(i, end)));
            cursor = end;
            i = end;
        }
        if (delimited) {
            if (cursor < tokens.size()) {
                if (table == null) {
                    table = new ArrayList<>();
                }
                table.add(new RebuiltRow(tokens.subList(cursor, tokens.size()), List.of()));
            }
            closeTable();
        } else {
            closeTable();
            loose(cursor, tokens.size());
        }
        return pieces;
    }

    /**
     * Where the label of the row whose values start at {@code valuesStart} begins: the last cell before
     * the values, and before it each cell numbered at a higher level ({@code 三、} before {@code (一)}
     * before {@code 1.}). The last cell is no label when it repeats a header cell, as 总计 does in table
     * C, whose one data row has no label.
     */
    private int labelStart(int from, int valuesStart) {
        int last = valuesStart - 1;
        if (last < from || tokens.get(last).isBlank() || CellShape.isSentence(tokens.get(last).text())) {
            return valuesStart;
        }
        Set<String> before = new HashSet<>();
        for (Token token : tokens.subList(from, last)) {
            before.add(token.text());
        }
        if (before.contains(tokens.get(last).text())) {
            return valuesStart;
        }
        int start = last;
        int level = OutlineNumber.level(tokens.get(last).text());
        while (start - 1 >= from) {
            String previous = tokens.get(start - 1).text();
            int previousLevel = OutlineNumber.level(previous);
            if (previousLevel >= level || CellShape.isSentence(previous)) {
                break;
            }
            level = previousLevel;
            start--;
        }
        return start;
    }

    /** The last cell in the range that cannot be part of a table: a sentence or a top-level heading. */
    private int lastBreak(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            String text = tokens.get(i).text();
            if (CellShape.isSentence(text) || CellShape.isHeading(text)) {
                return i;
            }
        }
        return -1;
    }

    /** Ends the current table; one too small to be a table (a page number, a stray figure) is loose text. */
    private void closeTable() {
        if (table == null) {
            return;
        }
        List<RebuiltRow> rows = ValueCounts.repair(table);
        long rowsWithValues = rows.stream().filter(r -> !r.values().isEmpty()).count();
        int mostValues = rows.stream().mapToInt(r -> r.values().size()).max().orElse(0);
        // A header of several cells over one row of values is a table too: table C, its cells run together.
        int widestHeader = rows.stream().filter(RebuiltRow::isHeader).mapToInt(r -> r.label().size()).max().orElse(0);
        if (delimited || rowsWithValues >= FEWEST_ROWS || mostValues >= FEWEST_VALUES_IN_ONE_ROW
                || (rowsWithValues == 1 && widestHeader >= FEWEST_VALUES_IN_ONE_ROW)) {
            pieces.add(new Piece(rows.stream().map(RebuiltRow::cells).toList(), true));
        } else {
            pieces.add(new Piece(List.of(rows.stream().flatMap(r -> r.cells().stream()).toList()), false));
        }
        table = null;
    }

    private void loose(int from, int to) {
        if (from < to) {
            pieces.add(new Piece(List.of(tokens.subList(from, to)), false));
        }
    }
}
