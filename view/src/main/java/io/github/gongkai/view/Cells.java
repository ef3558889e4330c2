package io.github.gongkai.view;

import io.github.gongkai.model.Figures;
import io.github.gongkai.model.Keyed;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Every cell of a report's three tables, by table, row and column key, with the id its element has in the page. */
final class Cells {
    /** A top-level row of table B (一、 二、 四、); the others sit under 三、本年度办理结果. */
    private static final Pattern TOP_LEVEL = Pattern.compile("^[一二三四五六七八九十]+、");

    record Cell(String table, String row, String column, Value value) {
        String id() {
            return Cells.id(table, row, column);
        }
    }

    private final List<Cell> all = new ArrayList<>();

    Cells(Report report) {
        add("activeDisclosure", report.activeDisclosure());
        add("applications", report.applications());
        add("reviewLitigation", report.reviewLitigation());
    }

    private <R extends Enum<R> & Keyed, C extends Enum<C> & Keyed> void add(String table, Optional<Figures<R, C>> figures) {
        figures.ifPresent(f -> f.rows().forEach((row, values) -> values.forEach((column, value) ->
                all.add(new Cell(table, row.key(), column.key(), value)))));
    }

    /** The id of a cell's element: keys are ASCII identifiers, so the id needs no escaping. */
    static String id(String table, String row, String column) {
        return "c-" + table + "-" + row + "-" + column;
    }

    List<Cell> all() {
        return all;
    }

    /** Adds the ids of the table's cells whose row and column keys pass the tests. */
    void ids(String table, Predicate<String> row, Predicate<String> column, Set<String> into) {
        for (Cell cell : all) {
            if (cell.table.equals(table) && row.test(cell.row) && column.test(cell.column)) {
                into.add(cell.id());
            }
        }
    }

    /** Whether a row of table B is one the column total adds up or is: (一) to (七). */
    boolean outcomeRow(String key) {
        for (RowKey row : RowKey.values()) {
            if (row.key().equals(key)) {
                return underOutcomes(row);
            }
        }
        return false;
    }

    /** Whether a row of table B sits under 三、本年度办理结果. */
    static boolean underOutcomes(RowKey row) {
        return !TOP_LEVEL.matcher(row.label()).find();
    }
}
