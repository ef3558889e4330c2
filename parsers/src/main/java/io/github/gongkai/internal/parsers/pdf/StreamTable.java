package io.github.gongkai.internal.parsers.pdf;

import io.github.gongkai.document.Origin;
import io.github.gongkai.internal.text.CellValue;
import io.github.gongkai.internal.text.LineJoin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A table without inner lines (a stream table): its columns are the vertical gaps that run through all
 * its data rows, and every other line, headers included, is aligned with those columns. A line without
 * numbers below the first data row belongs to the data row nearest to it, because a label that wraps is
 * centred vertically around its row's numbers.
 */
final class StreamTable {
    /**
     * Most space between two lines of one table, in font sizes: rows are padded, so a wider gap leaves the table
     * (the space before a heading or a paragraph).
     */
    private static final float ROW_GAP = 2.5f;
    /** Font sizes within this share of each other are one size: a table's lines are set in one. */
    private static final float SAME_SIZE = 0.1f;
    /** How far, in font sizes, a header word wrapped in its narrow cell may stand out beside the word above it. */
    private static final float STACK_OVERHANG = 0.5f;
    /** How far, in font sizes, a wrapped header word may overlap the word above it (tight line spacing). */
    private static final float STACK_OVERLAP = 0.2f;
    /**
     * Most space, in font sizes, between a wrapped header word and the word above it: less than between two
     * header rows, which are padded.
     */
    private static final float STACK_GAP = 0.6f;
    /** Where, in points right of a piece's end, a column edge inside a column is tried: just past its last glyph. */
    private static final float EDGE_PROBE = 0.5f;
    /**
     * How far, in font sizes, a line without numbers may lie from the data line whose wrapped label it holds:
     * about one and a half lines, above or below.
     */
    private static final float WRAP_REACH = 1.6f;
    /** Most lines above a table without lines taken as its header (the template's header has three rows). */
    private static final int MAX_HEADER_LINES = 8;

    private StreamTable() {
    }

    /**
     * Moves the header lines of a table without lines from the text above it into the table: lines set
     * in the table's font size, close above it, up to a heading (一、 (一)). At the top of a page, where
     * the text above can only be the rest of a row begun on the page before, a label such as (二)部分公开
     * is no heading.
     */
    static void takeHeader(List<TextLine> text, List<TextLine> run, boolean pageTop) {
        float size = run.get(0).size;
        int taken = 0;
        while (!text.isEmpty() && taken < MAX_HEADER_LINES) {
            TextLine above = text.get(text.size() - 1);
            boolean close = run.get(0).top - above.bottom <= ROW_GAP * size;
            boolean heading = !pageTop && Paragraphs.isHeading(above.text);
            if (!close || Math.abs(above.size - size) > SAME_SIZE * size || heading) {
                break;
            }
            run.add(0, text.remove(text.size() - 1));
            taken++;
        }
    }

    /**
     * A table with no lines at all: from {@code from}, a run of at least three tabular lines, with at most
     * four other lines in the same size (wrapped labels, group headings) between them and no wide vertical
     * gap, and up to two lines of a label wrapped below the last of them. Returns the index after the run,
     * or {@code from} where no such run starts.
     */
    static int runEnd(List<TextLine> lines, int from) {
        if (!isTabular(lines.get(from))) {
            return from;
        }
        int tabular = 1;
        int end = from + 1;
        int lastTabular = from;
        while (end < lines.size()) {
            TextLine previous = lines.get(end - 1);
            TextLine line = lines.get(end);
            if (line.top - previous.bottom > ROW_GAP * line.size || end - lastTabular > 4) {
                break;
            }
            boolean tabularLine = isTabular(line);
            if (!tabularLine && Math.abs(line.size - lines.get(lastTabular).size) > SAME_SIZE * line.size) {
                break; // text in another size, such as the heading before the next table
            }
            if (tabularLine) {
                tabular++;
                lastTabular = end;
            }
            end++;
        }
        // At the top of a page two such lines suffice: the rest of a table begun on the page before.
        if (tabular < (from <= 1 ? 2 : 3)) {
            return from;
        }
        // The last row's label may wrap below its numbers.
        int last = lastTabular;
        float size = lines.get(last).size;
        end = last + 1;
        while (end < lines.size() && end - last <= 2) {
            TextLine line = lines.get(end);
            boolean close = line.top - lines.get(end - 1).bottom <= size;
            if (!close || Math.abs(line.size - size) > SAME_SIZE * size || Paragraphs.isHeading(line.text)) {
                break;
            }
            end++;
        }
        return end;
    }

    /**
     * Whether a line is a table row: cut into three or more pieces, or a label and a number set apart
     * (table A's rows with one value, 行政许可   1853).
     */
    private static boolean isTabular(TextLine line) {
        return line.pieces().size() >= 3 || isData(line.pieces());
    }

    /** Whether these lines look like a table: most of them are cut into three or more pieces. */
    static boolean looksTabular(List<TextLine> lines) {
        int tabular = 0;
        for (TextLine line : lines) {
            if (line.pieces().size() >= 3) {
                tabular++;
            }
        }
        return tabular >= 2 && tabular * 2 >= lines.size();
    }

    /**
     * The table in a box of horizontal rules (heights {@code rules}, top to bottom) whose columns are not
     * drawn, if the text there is laid out in columns.
     */
    static Optional<TablePart> inBox(int page, List<Glyph> free, float left, float right, Edges rules) {
        float top = rules.first();
        float bottom = rules.last();
        List<Glyph> inside = new ArrayList<>();
        List<Glyph> rest = new ArrayList<>(free.size());
        for (Glyph g : free) {
            boolean in = g.centerY() > top && g.centerY() < bottom && g.centerX() > left - 1 && g.centerX() < right + 1;
            (in ? inside : rest).add(g);
        }
        List<TextLine> lines = TextLine.group(inside);
        if (!StreamTable.looksTabular(lines)) {
            return Optional.empty();
        }
        free.clear();
        free.addAll(rest);
        return Optional.of(StreamTable.build(page, lines, top, bottom, rules));
    }

    /**
     * The table the lines form, between {@code top} and {@code bottom}.
     *
     * @param ruleHeights the heights of the horizontal lines drawn across the table, top to bottom; rows never
     *                    cross them (none where there are none)
     */
    static TablePart build(int page, List<TextLine> lines, float top, float bottom, Edges ruleHeights) {
        float[] rules = ruleHeights.toArray();
        List<TableLine> table = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            table.add(new TableLine(line));
        }
        float[] edges = edges(table);
        for (TableLine line : table) {
            List<TextLine> cut = new ArrayList<>();
            for (TextLine piece : line.pieces) {
                cut.addAll(piece.cutAt(edges));
            }
            line.pieces = cut;
        }
        stackHeaderWords(table, edges, rules);
        table.removeIf(line -> line.pieces.isEmpty()); // every word of the line joined the one above it
        for (int i = 0; i < table.size(); i++) {
            table.get(i).index = i;
        }
        float left = edges[0];
        float right = edges[edges.length - 1];
        int columns = edges.length - 1;

        List<TableRow> rows = rows(table, rules);

        List<TablePart.Box> boxes = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            TableRow row = rows.get(r);
            addRow(boxes, page, r, readingOrder(row), edges, row.top(), row.bottom());
        }
        return new TablePart(page, top, bottom, left, right, rows.size(), columns, Edges.of(edges), boxes, false);
    }

    /**
     * Joins a header word wrapped in its narrow cell to the word above it ({@code 结果维} / {@code 持},
     * {@code 科研} / {@code 机构}): in the lines above the first data line, a piece lying within the
     * horizontal extent of a piece above it, in the same column, less than {@link #STACK_GAP} font sizes below it
     * (closer than two header rows, which are padded) and with no rule between them.
     */
    private static void stackHeaderWords(List<TableLine> table, float[] edges, float[] rules) {
        for (int i = 0; i < table.size() && !table.get(i).data; i++) {
            List<TextLine> line = table.get(i).pieces;
            for (int k = line.size() - 1; k >= 0; k--) {
                TextLine lower = line.get(k);
                int column = column(edges, lower.glyphs.get(0).centerX());
                for (int j = i - 1; j >= 0; j--) {
                    List<TextLine> upper = table.get(j).pieces;
                    int above = wordAbove(upper, lower, column, edges, rules);
                    if (above >= 0) {
                        upper.set(above, TextLine.stacked(upper.get(above), lower));
                        line.remove(k);
                        break;
                    }
                }
            }
        }
    }

    /** The index of the piece in {@code line} that {@code lower} continues, or -1. */
    private static int wordAbove(List<TextLine> line, TextLine lower, int column, float[] edges, float[] rules) {
        for (int p = 0; p < line.size(); p++) {
            TextLine upper = line.get(p);
            float gap = lower.top - upper.bottom;
            boolean within = lower.x >= upper.x - STACK_OVERHANG * lower.size
                    && lower.right <= upper.right + STACK_OVERHANG * lower.size;
            boolean ruled = false;
            for (float rule : rules) {
                ruled |= rule > upper.bottom && rule < lower.top;
            }
            if (within && gap > -STACK_OVERLAP * lower.size && gap < STACK_GAP * lower.size && !ruled
                    && column(edges, upper.glyphs.get(0).centerX()) == column) {
                return p;
            }
        }
        return -1;
    }

    /**
     * Adds one row's cells: each piece goes to the column its first glyph lies in, spanning to the column
     * of its last glyph but never over a column with text of its own; pieces starting in one column join
     * its text, and so does a piece lying under a spanning piece of the row. Columns without text get empty cells, so that every row covers the whole grid.
     */
    private static void addRow(List<TablePart.Box> boxes, int page, int row, List<TextLine> pieces,
                               float[] edges, float top, float bottom) {
        int columns = edges.length - 1;
        StringBuilder[] texts = new StringBuilder[columns];
        Origin.Region[] regions = new Origin.Region[columns];
        int[] spans = new int[columns];
        List<TextLine> spanning = new ArrayList<>();
        for (TextLine piece : pieces) {
            int at = column(edges, piece.glyphs.get(0).centerX());
            int to = column(edges, piece.glyphs.get(piece.glyphs.size() - 1).centerX());
            for (TextLine wide : spanning) {
                if (wide.x <= piece.x && wide.right >= piece.right) {
                    // the wrapped rest of a label spanning columns, centred under it
                    at = column(edges, wide.glyphs.get(0).centerX());
                    to = at;
                }
            }
            if (to > at) {
                spanning.add(piece);
            }
            Origin.Region box = piece.region(page);
            if (texts[at] == null) {
                texts[at] = new StringBuilder();
                regions[at] = box;
            } else {
                regions[at] = regions[at].union(box);
            }
            LineJoin.append(texts[at], piece.text, LineJoin.Break.LAYOUT);
            spans[at] = Math.max(spans[at], to - at + 1);
        }
        for (int c = 0; c < columns; c++) {
            if (texts[c] == null) {
                boxes.add(new TablePart.Box(row, c, 1, 1, "", new Origin.Region(page, edges[c], top,
                        edges[c + 1] - edges[c], bottom - top)));
                continue;
            }
            int span = 1;
            while (span < spans[c] && c + span < columns && texts[c + span] == null) {
                span++; // a span stops at the next column holding text of its own
            }
            boxes.add(new TablePart.Box(row, c, 1, span, texts[c].toString(), regions[c]));
            c += span - 1;
        }
    }

    /**
     * A row's pieces in reading order: left to right by the stacks they form (pieces whose horizontal
     * extents overlap), each stack top to bottom, so that a label wrapped around its row's numbers reads
     * in order (（四）无 / 法提供 before the item beside it).
     */
    private static List<TextLine> readingOrder(TableRow members) {
        List<TextLine> row = new ArrayList<>();
        for (TableLine line : members.lines()) {
            row.addAll(line.pieces);
        }
        row.sort((a, b) -> Float.compare(a.x, b.x));
        int[] stack = new int[row.size()];
        float reach = -Float.MAX_VALUE;
        int current = -1;
        for (int i = 0; i < row.size(); i++) {
            if (row.get(i).x >= reach) {
                current++;
            }
            reach = Math.max(reach, row.get(i).right);
            stack[i] = current;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> stack[a] != stack[b] ? Integer.compare(stack[a], stack[b])
                : Float.compare(row.get(a).top, row.get(b).top));
        List<TextLine> out = new ArrayList<>(row.size());
        for (int i : order) {
            out.add(row.get(i));
        }
        return out;
    }

    /**
     * Column edges: the gaps that run through every data line (every line where a number follows a
     * label), as a projection of their pieces on the x axis, and the gaps that most data lines leave
     * between two of their pieces although a few labels run across them (a group label such as (三)不予公开
     * beside its items, where (二)部分公开 spans both columns). Header lines are left out because their
     * merged cells span several columns. Without data lines, the lines of three or more pieces are used.
     */
    private static float[] edges(List<TableLine> table) {
        boolean any = false;
        for (TableLine line : table) {
            any |= line.data;
        }
        List<float[]> spans = new ArrayList<>();
        List<TextLine> body = new ArrayList<>();
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (TableLine line : table) {
            for (TextLine piece : line.pieces) {
                left = Math.min(left, piece.x);
                right = Math.max(right, piece.right);
            }
            if (any && (line.data || !body.isEmpty())) {
                body.addAll(line.pieces);
            }
            if (any ? line.data : line.pieces.size() >= 3) {
                for (TextLine piece : line.pieces) {
                    spans.add(new float[] {piece.x, piece.right});
                }
            }
        }
        spans.sort((a, b) -> Float.compare(a[0], b[0]));
        List<Float> edges = new ArrayList<>();
        edges.add(left - 1);
        float reach = -Float.MAX_VALUE;
        for (float[] span : spans) {
            if (reach > -Float.MAX_VALUE && span[0] > reach) {
                edges.add((reach + span[0]) / 2);
            }
            reach = Math.max(reach, span[1]);
        }
        edges.add(right + 1);
        edges.addAll(splitColumns(body, edges));
        edges.sort(null);
        return Rulings.toArray(edges);
    }

    /**
     * Edges inside a column found by the projection that pieces of the table's body lines (from its first
     * data line on) show on both sides more often than text runs across them: a group label such as
     * (三)不 / 予公开 wrapped in its own narrow column beside its items, where a few labels such as
     * (二)部分公开 span both columns and hide the gap from the projection.
     */
    private static List<Float> splitColumns(List<TextLine> body, List<Float> edges) {
        List<Float> found = new ArrayList<>();
        for (int c = 0; c + 1 < edges.size(); c++) {
            float from = edges.get(c);
            float to = edges.get(c + 1);
            List<TextLine> inside = body.stream().filter(p -> p.x > from && p.right < to).toList();
            float best = Float.NaN;
            long bestScore = 0;
            for (TextLine candidate : inside) {
                float x = candidate.right + EDGE_PROBE;
                long left = inside.stream().filter(p -> p.right < x).count();
                long right = inside.stream().filter(p -> p.x > x).count();
                long across = inside.stream().filter(p -> p.x <= x && p.right >= x).count();
                long score = Math.min(left, right) - across;
                if (Math.min(left, right) >= 2 && score > bestScore) {
                    bestScore = score;
                    float start = (float) inside.stream().filter(p -> p.x > x).mapToDouble(p -> p.x).min().orElse(x);
                    best = (candidate.right + start) / 2;
                }
            }
            if (!Float.isNaN(best)) {
                found.add(best);
            }
        }
        return found;
    }

    /** Whether a line is a table's data row: a label or number with a number after it. */
    static boolean isDataLine(TextLine line) {
        return isData(line.pieces());
    }

    /**
     * Whether a line is a whole row of a table: a label and at least two values, not the wrapped rest of
     * numbers too wide for their cells.
     */
    static boolean isLabelledRow(TextLine line) {
        List<TextLine> pieces = line.pieces();
        return pieces.size() >= 3 && !CellValue.isValue(pieces.get(0).text) && isData(pieces);
    }

    /** Whether a line is a data row: a number follows its first piece. */
    private static boolean isData(List<TextLine> pieces) {
        for (int i = 1; i < pieces.size(); i++) {
            if (CellValue.isValue(pieces.get(i).text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lines of each row, top to bottom. Between two horizontal rules lies one row, unless several
     * data lines lie there; those, and tables without rules, are cut into rows by {@link #textRows}.
     */
    private static List<TableRow> rows(List<TableLine> table, float[] rules) {
        if (rules.length < 3) {
            return textRows(table, table);
        }
        List<List<TableLine>> bands = new ArrayList<>();
        for (int b = 0; b < rules.length - 1; b++) {
            bands.add(new ArrayList<>());
        }
        for (TableLine line : table) {
            float middle = (line.line.top + line.line.bottom) / 2;
            int band = Rulings.slot(rules, middle);
            bands.get(band >= 0 ? band : middle < rules[0] ? 0 : bands.size() - 1).add(line);
        }
        List<TableRow> rows = new ArrayList<>();
        for (List<TableLine> band : bands) {
            long dataLines = band.stream().filter(line -> line.data).count();
            if (dataLines > 1) {
                rows.addAll(textRows(table, band));
            } else if (!band.isEmpty()) {
                rows.add(new TableRow(band));
            }
        }
        return rows;
    }

    /**
     * Rows from the text alone: each data line starts a row; a line without numbers below the first data
     * line joins the data line nearest to it (a wrapped label), and lines above it are header rows.
     */
    private static List<TableRow> textRows(List<TableLine> table, List<TableLine> members) {
        List<TableRow> rows = new ArrayList<>();
        Map<Integer, TableRow> rowOfDataLine = new HashMap<>();
        boolean seenData = false;
        for (TableLine line : members) {
            seenData |= line.data;
            if (line.data || !seenData) {
                TableRow row = new TableRow(new ArrayList<>(List.of(line)));
                rows.add(row);
                if (line.data) {
                    rowOfDataLine.put(line.index, row);
                }
            }
        }
        seenData = false;
        for (TableLine line : members) {
            seenData |= line.data;
            if (line.data || !seenData) {
                continue;
            }
            int nearest = nearestDataLine(table, rowOfDataLine.keySet(), line.line);
            if (nearest < 0) {
                rows.add(new TableRow(new ArrayList<>(List.of(line))));
            } else {
                rowOfDataLine.get(nearest).lines().add(line);
            }
        }
        rows.sort((a, b) -> Float.compare(a.lines().get(0).line.top, b.lines().get(0).line.top));
        return rows;
    }

    /** The index of the data line closest to {@code line}, within {@link #WRAP_REACH}, or -1. */
    private static int nearestDataLine(List<TableLine> table, Set<Integer> dataLines, TextLine line) {
        int best = -1;
        float bestDistance = WRAP_REACH * line.size;
        for (int j : dataLines) {
            float distance = Math.abs(table.get(j).line.baseline() - line.baseline());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = j;
            }
        }
        return best;
    }

    private static int column(float[] edges, float x) {
        int c = Rulings.slot(edges, x);
        return c < 0 ? (x < edges[0] ? 0 : edges.length - 2) : c;
    }

    /**
     * One line of a table without lines while its rows are built: its pieces, cut at the column edges once they
     * are known, and whether it holds data (a value after its first piece, decided before the cut).
     */
    private static final class TableLine {
        final TextLine line;
        final boolean data;
        List<TextLine> pieces;
        /** Its place among the table's lines, top to bottom, once wrapped header words have joined the lines above. */
        int index;

        TableLine(TextLine line) {
            this.line = line;
            this.pieces = line.pieces();
            this.data = isData(pieces);
        }
    }

    /** The lines of one table row, top to bottom within each band. */
    private record TableRow(List<TableLine> lines) {
        float top() {
            float top = Float.MAX_VALUE;
            for (TableLine line : lines) {
                top = Math.min(top, line.line.top);
            }
            return top;
        }

        float bottom() {
            float bottom = -Float.MAX_VALUE;
            for (TableLine line : lines) {
                bottom = Math.max(bottom, line.line.bottom);
            }
            return bottom;
        }
    }
}
