package io.github.gongkai.internal.parsers.html;

import io.github.gongkai.internal.parsers.LimitExceeded;
import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads {@code <table>} elements. A table whose cells hold other tables, long text or a single cell is
 * page layout (see {@link #isLayout}), and the reader of blocks descends into it; any other table becomes a {@link Table} with
 * its row and column spans, without the spacer columns and rows that hold nothing in any cell.
 */
final class TableReader {
    /** The longest label of the report templates is about 40 characters; layout cells hold paragraphs. */
    static final int LONGEST_CELL = 200;
    /** Browsers cap spans at these values too. */
    private static final int MAX_COLSPAN = 1000;
    private static final int MAX_ROWSPAN = 65534;

    /** A cell holding one number, the stuff of report tables (dates and page counters are not). */
    private static final Pattern FIGURE = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");
    private static final int MAX_FIGURE = 20;
    /** A row of table B or C holds this many figures at least. */
    private static final int MIN_FIGURES = 4;

    private final ElementPath paths;
    private final TextStats stats;
    private final int maxCells;

    TableReader(ElementPath paths, TextStats stats, int maxCells) {
        this.paths = paths;
        this.stats = stats;
        this.maxCells = maxCells;
    }

    /**
     * Whether the table lays out the page rather than holding data: a cell holds another table of several
     * cells, or the table is a single cell, or a cell holds paragraphs of text, unless the table is mostly
     * figures (a report table with a long note row under it).
     */
    boolean isLayout(Element table) {
        int cells = 0;
        int figures = 0;
        boolean longText = false;
        for (List<Element> row : rows(table)) {
            for (Element cell : row) {
                cells++;
                if (stats.gridTables(cell) > 0) {
                    return true;
                }
                longText |= stats.chars(cell) > LONGEST_CELL;
                if (stats.chars(cell) <= MAX_FIGURE && FIGURE.matcher(cell.text().strip()).matches()) {
                    figures++;
                }
            }
        }
        return cells <= 1 || longText && (figures < MIN_FIGURES || figures * 4 < cells);
    }

    /**
     * The table's own rows and cells, not those of tables nested in it, in the order a browser shows them:
     * the {@code <thead>} rows first and the {@code <tfoot>} rows last, wherever the source puts them
     * (HTML 4 wanted the foot before the body).
     */
    static List<List<Element>> rows(Element table) {
        List<List<Element>> rows = new ArrayList<>();
        for (Element row : rowElements(table)) {
            rows.add(cells(row));
        }
        return rows;
    }

    /** Whether the table has more than one cell of its own: asked of every table of a page, it stops at two. */
    static boolean hasSeveralCells(Element table) {
        int cells = 0;
        for (Element row : rowElements(table)) {
            cells += cells(row).size();
            if (cells > 1) {
                return true;
            }
        }
        return false;
    }

    /** The table's own {@code <tr>} elements in the order {@link #rows} gives them. */
    private static List<Element> rowElements(Element table) {
        List<Element> head = new ArrayList<>();
        List<Element> body = new ArrayList<>();
        List<Element> foot = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> body.add(child);
                case "thead", "tbody", "tfoot" -> {
                    List<Element> group = child.normalName().equals("thead") ? head
                            : child.normalName().equals("tfoot") ? foot : body;
                    for (Element row : child.children()) {
                        if (row.normalName().equals("tr")) {
                            group.add(row);
                        }
                    }
                }
                default -> {
                    // captions and column groups hold no cells
                }
            }
        }
        head.addAll(body);
        head.addAll(foot);
        return head;
    }

    private static List<Element> cells(Element row) {
        List<Element> cells = new ArrayList<>();
        for (Element cell : row.children()) {
            if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                cells.add(cell);
            }
        }
        return cells;
    }

    /** The table, or nothing when no cell holds any text. */
    Optional<Table> read(Element table) {
        List<List<Element>> elements = rows(table);
        // Every cell covers one place at least: refuse an oversized table before reading any cell's text.
        if (elements.stream().mapToLong(List::size).sum() > maxCells) {
            throw LimitExceeded.tableCells("a table", maxCells);
        }
        List<List<Cell>> rows = new ArrayList<>();
        long area = 0;
        for (int r = 0; r < elements.size(); r++) {
            List<Cell> row = new ArrayList<>();
            int rowsLeft = elements.size() - r;
            for (Element element : elements.get(r)) {
                int rowSpan = span(element.attr("rowspan"), MAX_ROWSPAN);
                // rowspan="0" runs to the end of the table
                rowSpan = rowSpan == 0 ? rowsLeft : Math.min(Math.max(rowSpan, 1), rowsLeft);
                int colSpan = Math.max(span(element.attr("colspan"), MAX_COLSPAN), 1);
                area += (long) rowSpan * colSpan;
                if (area > maxCells) {
                    throw LimitExceeded.tableCells("a table", maxCells);
                }
                row.add(new Cell(ElementText.of(element), rowSpan, colSpan, new Origin.Path(paths.of(element))));
            }
            rows.add(row);
        }
        List<List<Cell>> compact = SpacerRemoval.apply(rows, maxCells);
        if (compact.stream().allMatch(List::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(new Table(compact, new Origin.Path(paths.of(table))));
    }

    /** A span attribute's value: its leading digits ({@code "2"}, {@code " 3 "}, {@code "2px"}), else 1. */
    private static int span(String value, int max) {
        String digits = value.strip();
        int end = 0;
        while (end < digits.length() && end < 6 && Character.isDigit(digits.charAt(end))) {
            end++;
        }
        return end == 0 ? 1 : Math.min(Integer.parseInt(digits.substring(0, end)), max);
    }
}
