package io.github.gongkai.internal.parsers.text;

import io.github.gongkai.internal.text.CellValue;
import io.github.gongkai.internal.text.Characters;
import io.github.gongkai.internal.parsers.LimitExceeded;
import io.github.gongkai.document.Block;
import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.Paragraph;
import io.github.gongkai.document.Table;
import io.github.gongkai.model.GongkaiException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the lines of a scraped text into paragraphs and tables. Lines flattened with pipes form tables
 * directly: one row per line where lines hold several cells, else a stream of cells whose rows are
 * rebuilt. Other lines are paragraphs, except runs of short lines holding labels and figures (one cell
 * per line, no pipes), which are read as a stream of cells too. Each block and cell keeps its line.
 *
 * <p>Crawled pages are read the same way once their site chrome is left out ({@link SiteChrome}) and lines
 * holding a whole page are cut into one line per paragraph, heading and cell ({@link RunOnLines}); words whose
 * cells were run together are taken apart where the template's words show how ({@link GluedCells}).
 */
final class PlainTextReader {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");
    /** One tab between two cells: two tabs in a row hold a blank cell. */
    private static final Pattern TABS = Pattern.compile("\t");

    private final String[] lines;
    /** For each line, the input line it came from, counted from 1: long run-on lines are cut into several. */
    private final int[] numbers;
    /** Whether each line is a pipe-flattened table line, decided once. */
    private final boolean[] piped;
    /** For each line, the first line from it on that is not blank (the line count where none is). */
    private final int[] nextContent;
    private final int maxTableCells;
    private final String file;
    private final Map<Integer, WrappedLabels.Join> wrapped;
    private final List<Block> blocks = new ArrayList<>();

    private PlainTextReader(String text, int maxTableCells, String file) {
        String[] input = LINE_BREAK.split(text, -1);
        boolean[] chrome = SiteChrome.find(input);
        for (int i = 0; i < input.length; i++) {
            if (chrome[i]) {
                input[i] = "";
            }
        }
        RunOnLines.Split split = RunOnLines.split(input);
        this.lines = split.texts();
        this.numbers = split.numbers();
        this.piped = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            piped[i] = PipedLine.matches(lines[i]);
        }
        this.nextContent = new int[lines.length + 1];
        nextContent[lines.length] = lines.length;
        for (int i = lines.length - 1; i >= 0; i--) {
            nextContent[i] = Characters.strip(lines[i]).isEmpty() ? nextContent[i + 1] : i;
        }
        this.wrapped = WrappedLabels.find(lines, piped);
        this.maxTableCells = maxTableCells;
        this.file = file;
    }

    /** Reads the blocks of a text; fails with TOO_LARGE when a table has more cells than allowed. */
    static List<Block> read(String text, int maxTableCells, String file) throws GongkaiException {
        return new PlainTextReader(text, maxTableCells, file).read();
    }

    private List<Block> read() throws GongkaiException {
        int i = 0;
        while (i < lines.length) {
            int end = i + 1;
            while (end < lines.length && continues(end, piped[i])) {
                end++;
            }
            if (piped[i]) {
                pipedRegion(i, end);
            } else {
                plainRegion(i, end);
            }
            i = end;
        }
        return blocks;
    }

    /** A piped region runs on over blank lines to the next piped line; a plain one up to a piped line. */
    private boolean continues(int index, boolean inTable) {
        if (!inTable) {
            return !piped[index];
        }
        if (wrapped.containsKey(index)) {
            return true;
        }
        int next = nextContent[index];
        return next < lines.length && piped[next];
    }

    /** Whether a line is blank, as {@link #nextContent} already knows. */
    private boolean isBlank(int index) {
        return nextContent[index] != index;
    }

    private void pipedRegion(int from, int to) throws GongkaiException {
        List<List<Token>> rows = new ArrayList<>();
        List<Token> stream = new ArrayList<>();
        boolean oneCellPerLine = true;
        for (int i = from; i < to; i++) {
            WrappedLabels.Join join = wrapped.get(i);
            if (isBlank(i) || (join != null && join != WrappedLabels.Join.CELL)) {
                continue;
            }
            List<Token> row = new ArrayList<>();
            for (String cell : join == null ? rowCells(i) : List.of(Characters.strip(lines[i]))) {
                row.add(new Token(cell, i + 1));
            }
            oneCellPerLine &= row.size() <= 1;
            if (!row.isEmpty()) {
                rows.add(row);
            }
            stream.add(row.isEmpty() ? new Token("", i + 1) : row.get(0));
        }
        if (!oneCellPerLine) {
            addTable(rows);
            return;
        }
        for (CellStream.Piece piece : CellStream.read(stream, true)) {
            addTable(piece.rows());
        }
    }

    /** The cells of a piped line, with the parts of its label that wrapped onto the lines around it. */
    private List<String> rowCells(int index) {
        List<String> cells = new ArrayList<>(PipedLine.cells(lines[index]));
        if (wrapped.get(index - 1) == WrappedLabels.Join.NEXT_ROW) {
            int first = 0;
            while (first < cells.size() - 1 && cells.get(first).isEmpty()) {
                first++;
            }
            cells.set(first, Characters.strip(lines[index - 1]) + cells.get(first));
        }
        if (wrapped.get(index + 1) == WrappedLabels.Join.PREVIOUS_ROW) {
            int label = 0;
            while (label + 1 < cells.size() && isLabelPart(cells.get(label + 1))) {
                label++;
            }
            cells.set(label, cells.get(label) + Characters.strip(lines[index + 1]));
        }
        return cells;
    }

    private static boolean isLabelPart(String cell) {
        return !cell.isEmpty() && !CellValue.isValue(cell);
    }

    private void plainRegion(int from, int to) throws GongkaiException {
        List<Token> stream = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String line = Characters.strip(lines[i]);
            // Page numbers are dropped: kept, they would cut a table running over a page break in two.
            if (!line.isEmpty() && !CellShape.isPageNumber(line)) {
                tokens(line, i + 1, stream);
            }
        }
        for (CellStream.Piece piece : CellStream.read(stream, false)) {
            if (piece.table()) {
                addTable(piece.rows());
            } else {
                addParagraphs(piece.rows().get(0));
            }
        }
    }

    /**
     * The cells of an unpiped line: the line itself; its parts between tabs, as copying a web table
     * leaves them; or, where it ends in figures separated by spaces as PDF text extraction leaves a
     * table row ({@code 行政处罚 3985758}), its label and each figure.
     */
    private static void tokens(String line, int number, List<Token> out) {
        // Cells run together can make a line longer than any one cell, so they are looked for first.
        if (!CellShape.hasSentenceMark(line) && glued(line, number, out)) {
            return;
        }
        if (CellShape.isSentence(line)) {
            out.add(new Token(line, number));
        } else if (line.indexOf('\t') >= 0) {
            for (String cell : TABS.split(line)) {
                out.add(new Token(Characters.strip(cell), number));
            }
        } else {
            String[] words = SPACES.split(line);
            int firstValue = words.length;
            while (firstValue > 0 && CellValue.isValue(words[firstValue - 1])) {
                firstValue--;
            }
            if (firstValue == words.length || words.length == 1) {
                out.add(new Token(line, number));
                return;
            }
            if (firstValue > 0) {
                out.add(new Token(labelBefore(line, words, firstValue), number));
            }
            for (int w = firstValue; w < words.length; w++) {
                out.add(new Token(words[w], number));
            }
        }
    }

    /**
     * Adds the cells of a line some of whose words are cells run together ({@code （一）予以公开270020130}), each
     * word's cells in turn; false, adding nothing, where no word is.
     */
    private static boolean glued(String line, int number, List<Token> out) {
        String[] words = SPACES.split(line);
        List<List<String>> cells = new ArrayList<>(words.length);
        boolean any = false;
        for (String word : words) {
            List<String> split = GluedCells.split(word);
            any |= !split.isEmpty();
            cells.add(split.isEmpty() ? List.of(word) : split);
        }
        if (!any) {
            return false;
        }
        cells.forEach(word -> word.forEach(cell -> out.add(new Token(cell, number))));
        return true;
    }

    /** The label part of a line, keeping the spaces inside it as they were. */
    private static String labelBefore(String line, String[] words, int firstValue) {
        int at = 0;
        for (int w = 0; w < firstValue; w++) {
            at = line.indexOf(words[w], at) + words[w].length();
        }
        return Characters.strip(line.substring(0, at));
    }

    private void addParagraphs(List<Token> tokens) {
        Set<Integer> lineNumbers = new LinkedHashSet<>();
        for (Token token : tokens) {
            lineNumbers.add(token.line());
        }
        for (int number : lineNumbers) {
            blocks.add(new Paragraph(Characters.strip(lines[number - 1]), origin(number)));
        }
    }

    private void addTable(List<List<Token>> rows) throws GongkaiException {
        if (rows.isEmpty()) {
            return;
        }
        int cells = rows.stream().mapToInt(List::size).sum();
        if (cells > maxTableCells) {
            throw LimitExceeded.tableCells("a table", maxTableCells).failure(file);
        }
        List<List<Cell>> table = new ArrayList<>();
        for (List<Token> row : rows) {
            table.add(row.stream().map(t -> Cell.of(t.text(), origin(t.line()))).toList());
        }
        blocks.add(new Table(table, origin(rows.get(0).get(0).line())));
    }

    /** The origin of a line counted from 1 among {@link #lines}: the input line it came from. */
    private Origin origin(int line) {
        return new Origin.Line(numbers[line - 1]);
    }
}
