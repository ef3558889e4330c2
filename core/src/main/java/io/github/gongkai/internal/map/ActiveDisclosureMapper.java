package io.github.gongkai.internal.map;

import io.github.gongkai.internal.locate.Slot;
import io.github.gongkai.internal.locate.TableRow;
import io.github.gongkai.internal.template.ActiveDisclosureTemplate;
import io.github.gongkai.internal.text.Numbers;
import io.github.gongkai.model.ActiveItem;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.Measure;
import io.github.gongkai.model.TableKind;
import io.github.gongkai.model.Template;
import io.github.gongkai.model.Value;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Maps table A: groups of item rows, each group under a header row that names its measures
 * ({@code 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数}). An item's values are matched to the measures
 * of the last header above it, by grid column where the header placed them, otherwise in order; an item with
 * no header above it takes its template measures.
 */
final class ActiveDisclosureMapper {
    private ActiveDisclosureMapper() {
    }

    /**
     * Item rows as found, before the template is known. A row with numbers under a header whose label names no
     * item (a hijacked copy printed an advertisement over 行政强制) has no item yet: {@link #map} places it by
     * the named rows around it.
     *
     * @param declaredUnit the unit of money the item's label or its header declares in brackets
     *                     ({@code 本年收费金额(单位:元)}, {@code 行政事业性收费(万元)}), or empty
     */
    record ItemRow(Optional<ActiveItem> item, List<Measure> headerMeasures, List<Integer> headerColumns,
                   List<Slot> values, TableRow row, String declaredUnit) {
    }

    /** The item rows of table A, with the measures their header names. */
    static List<ItemRow> read(List<TableRow> rows) {
        List<ItemRow> items = new ArrayList<>();
        List<Measure> measures = List.of();
        List<Integer> columns = List.of();
        String unit = "";
        for (TableRow row : rows) {
            List<Measure> named = new ArrayList<>();
            List<Integer> namedColumns = new ArrayList<>();
            String namedUnit = "";
            for (Slot slot : row.slots()) {
                // An item that notes its measure (行政许可(本年处理决定数量)) is an item row, not a header.
                boolean header = slot.isLabel() && ActiveDisclosureTemplate.item(slot.label()) == null;
                Measure measure = header ? ActiveDisclosureTemplate.measure(slot.label()) : null;
                if (measure != null && !named.contains(measure)) {
                    named.add(measure);
                    namedColumns.add(slot.column());
                    if (measure.isMoney()) {
                        namedUnit = Numbers.declaredMoneyUnit(slot.label());
                    }
                }
            }
            if (!named.isEmpty()) {
                measures = named;
                columns = namedColumns;
                unit = namedUnit;
                continue;
            }
            int run = row.labelRun();
            boolean itemRow = false;
            for (int i = run - 1; i >= 0 && !itemRow; i--) {
                String label = row.slots().get(i).label();
                ActiveItem item = ActiveDisclosureTemplate.item(label);
                if (item != null) {
                    String own = Numbers.declaredMoneyUnit(label);
                    items.add(new ItemRow(Optional.of(item), measures, columns, row.after(i), row,
                            own.isEmpty() ? unit : own));
                    itemRow = true;
                }
            }
            List<Slot> values = row.after(run - 1);
            boolean total = run > 0 && row.slots().get(run - 1).label().contains("计"); // 合计, 小计: no item
            // A recognised row without a label is one whose label the recogniser could not read.
            boolean labelled = run > 0 || row.recognized();
            if (!itemRow && !total && labelled && !measures.isEmpty() && values.stream().anyMatch(Slot::isNumber)) {
                items.add(new ItemRow(Optional.empty(), measures, columns, values, row, unit));
            }
        }
        return items;
    }

    /**
     * The items of the rows, those without a label of their own placed by the named rows around them: a run of
     * unnamed rows between two named ones takes the template's items between those two that no row names,
     * in order, where there are exactly as many and the header above names their measures. Unnamed rows
     * that cannot be placed so are left out: a number under the wrong item is worse than none.
     */
    private static List<Optional<ActiveItem>> placed(List<ItemRow> rows, Template template) {
        Map<ActiveItem, List<Measure>> items = ActiveDisclosureTemplate.items(template);
        List<ActiveItem> order = List.copyOf(items.keySet());
        Set<ActiveItem> named = EnumSet.noneOf(ActiveItem.class);
        rows.forEach(row -> row.item().ifPresent(named::add));
        List<Optional<ActiveItem>> placed = new ArrayList<>();
        rows.forEach(row -> placed.add(row.item()));
        int start = 0;
        while (start < rows.size()) {
            if (rows.get(start).item().isPresent()) {
                start++;
                continue;
            }
            int end = start;
            while (end < rows.size() && rows.get(end).item().isEmpty()) {
                end++;
            }
            int from = start == 0 ? 0 : order.indexOf(rows.get(start - 1).item().get()) + 1;
            int to = end == rows.size() ? order.size() : order.indexOf(rows.get(end).item().get());
            boolean known = start == 0 || from > 0; // an item of the other template places nothing
            List<ActiveItem> between = known && from < to
                    ? order.subList(from, to).stream().filter(item -> !named.contains(item)).toList() : List.of();
            boolean fits = between.size() == end - start && (start > 0 || end < rows.size());
            for (int i = 0; fits && i < between.size(); i++) {
                fits = rows.get(start + i).headerMeasures().containsAll(items.get(between.get(i)));
            }
            for (int i = 0; fits && i < between.size(); i++) {
                placed.set(start + i, Optional.of(between.get(i)));
            }
            start = end;
        }
        return placed;
    }

    /**
     * The items with their values under the template.
     *
     * @param findings where what reading a row glued together or short of cells found is added
     */
    static Map<ActiveItem, Map<Measure, Value>> map(List<ItemRow> rows, Template template, List<Anomaly> findings) {
        Map<ActiveItem, Map<Measure, Value>> found = new EnumMap<>(ActiveItem.class);
        Map<ActiveItem, List<Measure>> items = ActiveDisclosureTemplate.items(template);
        List<Optional<ActiveItem>> placed = placed(rows, template);
        List<ActiveItem> order = new ArrayList<>();
        List<List<Measure>> measuresOf = new ArrayList<>();
        List<TableRepair.Row> printed = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            ItemRow row = rows.get(r);
            ActiveItem item = placed.get(r).orElse(null);
            List<Measure> expected = item == null ? null : items.get(item);
            if (expected == null || found.containsKey(item)) {
                continue;
            }
            List<Measure> measures = row.headerMeasures().containsAll(expected) ? row.headerMeasures() : expected;
            List<Integer> columns = measures == row.headerMeasures() && aligned(row) ? row.headerColumns() : List.of();
            List<Slot> rowCells = columns.isEmpty() ? withoutLeadingBlanks(row.values(), measures.size()) : row.values();
            Map<Measure, Value> values = new EnumMap<>(Measure.class);
            List<Slot> cells = new ArrayList<>();
            for (int i = 0; i < measures.size(); i++) {
                Slot slot = slotFor(rowCells, i, columns.isEmpty() ? -1 : columns.get(i));
                cells.add(slot);
                Measure measure = measures.get(i);
                if (expected.contains(measure)) {
                    values.put(measure, slot == null ? Values.missing(row.row().origin())
                            : measure.isMoney() ? Values.ofAmount(slot, otherUnit(item, row, measure)) : Values.of(slot));
                }
            }
            found.put(item, values);
            order.add(item);
            measuresOf.add(measures);
            printed.add(new TableRepair.Row(IntStream.range(0, measures.size()).boxed().toList(), cells,
                    row.row().origin()));
        }
        // Table A has no identities: a row is read only where one reading is possible at all.
        TableRepair.Repaired repaired = TableRepair.repair(printed, List.of(), new TableRepair.Names(
                TableKind.ACTIVE_DISCLOSURE, (r, c) -> order.get(r).key(), (r, c) -> measuresOf.get(r).get(c).key()));
        repaired.values().forEach((r, read) -> read.forEach((column, value) -> found.get(order.get(r))
                .computeIfPresent(measuresOf.get(r).get(column), (measure, before) -> value)));
        repaired.findings().stream().filter(finding -> ofTemplate(finding, found)).forEach(findings::add);
        return found;
    }

    /** Whether a finding is about a cell the template has (a header may name a measure it does not ask for). */
    private static boolean ofTemplate(Anomaly finding, Map<ActiveItem, Map<Measure, Value>> found) {
        String column = finding.location().column();
        return found.entrySet().stream().anyMatch(item -> item.getKey().key().equals(finding.location().row())
                && (column.isEmpty() || item.getValue().keySet().stream().anyMatch(measure -> measure.key().equals(column))));
    }

    /**
     * The unit each item's money column counts in where its label or header declares one other than the
     * template's ({@code 本年收费金额(单位:元)} where the template has 万元).
     */
    static Map<ActiveItem, String> declaredUnits(List<ItemRow> rows) {
        Map<ActiveItem, String> units = new EnumMap<>(ActiveItem.class);
        for (ItemRow row : rows) {
            row.item().ifPresent(item -> {
                String unit = otherUnit(item, row, Measure.AMOUNT);
                if (!unit.isEmpty()) {
                    units.putIfAbsent(item, unit);
                }
            });
        }
        return units;
    }

    /** The unit the row's label or header declares for a money measure where it is not the template's, or empty. */
    private static String otherUnit(ActiveItem item, ItemRow row, Measure measure) {
        String template = ActiveDisclosureTemplate.unit(item, measure);
        return row.declaredUnit().isEmpty() || Numbers.sameMoneyUnit(row.declaredUnit(), template)
                ? "" : row.declaredUnit();
    }

    /**
     * Whether the header's measure columns line up with the item's value columns, as on a real grid; in
     * flattened text the header row often carries the group label too and is shifted. On a grid a blank may
     * come before the value (a measure centred over three columns, a label spanning two): the header still
     * places the values when only blanks precede its first column and every one of its columns has a cell.
     */
    private static boolean aligned(ItemRow row) {
        if (row.values().isEmpty() || row.headerColumns().isEmpty()) {
            return false;
        }
        int first = row.headerColumns().get(0);
        int last = row.headerColumns().get(row.headerColumns().size() - 1);
        if (row.values().stream().anyMatch(slot -> slot.column() > last && slot.isNumber())) {
            return false; // a number right of every measure: the row is shifted against its header
        }
        if (row.values().get(0).column() == first) {
            return true;
        }
        return row.values().stream().filter(slot -> slot.column() < first).allMatch(slot -> slot.label().isEmpty())
                && row.headerColumns().stream()
                        .allMatch(column -> row.values().stream().anyMatch(slot -> slot.column() == column));
    }

    /**
     * The cells of a row read in order without the blank cells before its first value, where it has more cells
     * up to its last value than measures: a label merged over two columns leaves one ({@code 规章 |  | 5 | 0 | 12}).
     */
    private static List<Slot> withoutLeadingBlanks(List<Slot> values, int measures) {
        int end = values.size();
        while (end > 0 && values.get(end - 1).label().isEmpty()) {
            end--;
        }
        int start = 0;
        while (end - start > measures && values.get(start).label().isEmpty()) {
            start++;
        }
        return values.subList(start, values.size());
    }

    private static Slot slotFor(List<Slot> values, int index, int column) {
        if (column >= 0) {
            for (Slot slot : values) {
                if (slot.column() == column) {
                    return slot;
                }
            }
        }
        return index < values.size() ? values.get(index) : null;
    }
}
