package io.github.gongkai.internal.map;

import io.github.gongkai.internal.locate.Slot;
import io.github.gongkai.internal.locate.TableRow;
import io.github.gongkai.internal.template.ActiveDisclosureTemplate;
import io.github.gongkai.model.ActiveItem;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.Measure;
import io.github.gongkai.model.Template;
import io.github.gongkai.model.Value;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    /** Item rows as found, before the template is known. */
    record ItemRow(ActiveItem item, List<Measure> headerMeasures, List<Integer> headerColumns, List<Slot> values,
                   TableRow row) {
    }

    /** The item rows of table A, with the measures their header names. */
    static List<ItemRow> read(List<TableRow> rows) {
        List<ItemRow> items = new ArrayList<>();
        List<Measure> measures = List.of();
        List<Integer> columns = List.of();
        for (TableRow row : rows) {
            List<Measure> named = new ArrayList<>();
            List<Integer> namedColumns = new ArrayList<>();
            for (Slot slot : row.slots()) {
                // An item that notes its measure (行政许可(本年处理决定数量)) is an item row, not a header.
                boolean header = slot.isLabel() && ActiveDisclosureTemplate.item(slot.label()) == null;
                Measure measure = header ? ActiveDisclosureTemplate.measure(slot.label()) : null;
                if (measure != null && !named.contains(measure)) {
                    named.add(measure);
                    namedColumns.add(slot.column());
                }
            }
            if (!named.isEmpty()) {
                measures = named;
                columns = namedColumns;
                continue;
            }
            int run = row.labelRun();
            for (int i = run - 1; i >= 0; i--) {
                ActiveItem item = ActiveDisclosureTemplate.item(row.slots().get(i).label());
                if (item != null) {
                    items.add(new ItemRow(item, measures, columns, row.after(i), row));
                    break;
                }
            }
        }
        return items;
    }

    /**
     * The items with their values under the template.
     *
     * @param findings where what reading a row glued together or short of cells found is added
     */
    static Map<ActiveItem, Map<Measure, Value>> map(List<ItemRow> rows, Template template, List<Anomaly> findings) {
        Map<ActiveItem, Map<Measure, Value>> found = new EnumMap<>(ActiveItem.class);
        Map<ActiveItem, List<Measure>> items = ActiveDisclosureTemplate.items(template);
        List<ActiveItem> order = new ArrayList<>();
        List<List<Measure>> measuresOf = new ArrayList<>();
        List<TableRepair.Row> printed = new ArrayList<>();
        for (ItemRow row : rows) {
            List<Measure> expected = items.get(row.item());
            if (expected == null || found.containsKey(row.item())) {
                continue;
            }
            List<Measure> measures = row.headerMeasures().containsAll(expected) ? row.headerMeasures() : expected;
            List<Integer> columns = measures == row.headerMeasures() && aligned(row) ? row.headerColumns() : List.of();
            Map<Measure, Value> values = new EnumMap<>(Measure.class);
            List<Slot> cells = new ArrayList<>();
            for (int i = 0; i < measures.size(); i++) {
                Slot slot = slotFor(row.values(), i, columns.isEmpty() ? -1 : columns.get(i));
                cells.add(slot);
                Measure measure = measures.get(i);
                if (expected.contains(measure)) {
                    values.put(measure, slot == null ? Values.missing(row.row().origin())
                            : measure.isMoney() ? Values.ofAmount(slot) : Values.of(slot));
                }
            }
            found.put(row.item(), values);
            order.add(row.item());
            measuresOf.add(measures);
            printed.add(new TableRepair.Row(IntStream.range(0, measures.size()).boxed().toList(), cells,
                    row.row().origin()));
        }
        // Table A has no identities: a row is read only where one reading is possible at all.
        TableRepair.Repaired repaired = TableRepair.repair(printed, List.of(), new TableRepair.Names(2,
                "activeDisclosure", (r, c) -> order.get(r).key(), (r, c) -> measuresOf.get(r).get(c).key()));
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
        if (row.values().get(0).column() == first) {
            return true;
        }
        return row.values().stream().filter(slot -> slot.column() < first).allMatch(slot -> slot.label().isEmpty())
                && row.headerColumns().stream()
                        .allMatch(column -> row.values().stream().anyMatch(slot -> slot.column() == column));
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
