package io.github.gongkai.internal.map;

import io.github.gongkai.internal.locate.Slot;
import io.github.gongkai.internal.locate.TableRow;
import io.github.gongkai.internal.template.ActiveDisclosureTemplate;
import io.github.gongkai.internal.text.Numbers;
import io.github.gongkai.model.ActiveItem;
import io.github.gongkai.model.Measure;
import io.github.gongkai.model.Template;
import io.github.gongkai.model.Value;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
     * Item rows as found, before the template is known.
     *
     * @param declaredUnit the unit of money the item's label or its header declares in brackets
     *                     ({@code 本年收费金额(单位:元)}, {@code 行政事业性收费(万元)}), or empty
     */
    record ItemRow(ActiveItem item, List<Measure> headerMeasures, List<Integer> headerColumns, List<Slot> values,
                   TableRow row, String declaredUnit) {
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
            for (int i = run - 1; i >= 0; i--) {
                String label = row.slots().get(i).label();
                ActiveItem item = ActiveDisclosureTemplate.item(label);
                if (item != null) {
                    String own = Numbers.declaredMoneyUnit(label);
                    items.add(new ItemRow(item, measures, columns, row.after(i), row, own.isEmpty() ? unit : own));
                    break;
                }
            }
        }
        return items;
    }

    /** The items with their values under the template. */
    static Map<ActiveItem, Map<Measure, Value>> map(List<ItemRow> rows, Template template) {
        Map<ActiveItem, Map<Measure, Value>> found = new EnumMap<>(ActiveItem.class);
        Map<ActiveItem, List<Measure>> items = ActiveDisclosureTemplate.items(template);
        for (ItemRow row : rows) {
            List<Measure> expected = items.get(row.item());
            if (expected == null || found.containsKey(row.item())) {
                continue;
            }
            List<Measure> measures = row.headerMeasures().containsAll(expected) ? row.headerMeasures() : expected;
            List<Integer> columns = measures == row.headerMeasures() && aligned(row) ? row.headerColumns() : List.of();
            Map<Measure, Value> values = new EnumMap<>(Measure.class);
            for (int i = 0; i < measures.size(); i++) {
                Slot slot = slotFor(row.values(), i, columns.isEmpty() ? -1 : columns.get(i));
                Measure measure = measures.get(i);
                if (expected.contains(measure)) {
                    values.put(measure, slot == null ? Values.missing(row.row().origin())
                            : measure.isMoney() ? Values.ofAmount(slot, otherUnit(row, measure)) : Values.of(slot));
                }
            }
            found.put(row.item(), values);
        }
        return found;
    }

    /**
     * The unit each item's money column counts in where its label or header declares one other than the
     * template's ({@code 本年收费金额(单位:元)} where the template has 万元).
     */
    static Map<ActiveItem, String> declaredUnits(List<ItemRow> rows) {
        Map<ActiveItem, String> units = new EnumMap<>(ActiveItem.class);
        for (ItemRow row : rows) {
            String unit = otherUnit(row, Measure.AMOUNT);
            if (!unit.isEmpty()) {
                units.putIfAbsent(row.item(), unit);
            }
        }
        return units;
    }

    /** The unit the row's label or header declares for a money measure where it is not the template's, or empty. */
    private static String otherUnit(ItemRow row, Measure measure) {
        String template = ActiveDisclosureTemplate.unit(row.item(), measure);
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
