package io.github.gongkai.internal.map;

import io.github.gongkai.internal.locate.Slot;
import io.github.gongkai.internal.locate.TableRow;
import io.github.gongkai.internal.template.ReviewLitigationTemplate;
import io.github.gongkai.internal.text.CellNumber;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.CaseGroup;
import io.github.gongkai.model.CaseOutcome;
import io.github.gongkai.model.TableKind;
import io.github.gongkai.model.Value;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Maps table C: a two-level header over one data row of fifteen numbers. The data row is the first row that
 * holds, after any label, at least ten cells that read as numbers or as "not reported". A table without such
 * a row may be printed on its side, one row per group, or cut into one table per group
 * ({@link ReviewLitigationParts}).
 */
final class ReviewLitigationMapper {
    /** Fewer value cells than this in a row and it is a header row. */
    private static final int MIN_VALUES = 10;

    private ReviewLitigationMapper() {
    }

    /**
     * The three groups with their five values, or an empty map where no data row was found.
     *
     * @param findings where what reading a row glued together or short of cells found is added
     */
    static Map<CaseGroup, Map<CaseOutcome, Value>> map(List<TableRow> rows, List<Anomaly> findings) {
        List<TableRow> header = new ArrayList<>();
        // The data row printed with every cell blank and no label: the table is there and reports nothing. Taken
        // only where no row holds numbers, so that a header row padded with blanks is never read as data.
        TableRow blank = null;
        List<TableRow> blankHeader = List.of();
        int leaves = ReviewLitigationTemplate.COLUMNS.leaves().size();
        for (TableRow row : rows) {
            List<Slot> values = row.after(row.labelRun() - 1);
            long valueCells = values.stream().filter(slot -> !slot.isLabel()).count();
            boolean glued = TableRepair.mayBeGlued(values, leaves);
            if ((valueCells >= MIN_VALUES || glued) && values.stream().anyMatch(Slot::isNumber)) {
                return dataRow(row, header, findings);
            }
            if (blank == null && !header.isEmpty() && row.labelRun() == 0 && valueCells >= MIN_VALUES && isBlank(values)) {
                blank = row;
                blankHeader = List.copyOf(header);
            }
            header.add(row);
        }
        if (blank != null) {
            return dataRow(blank, blankHeader, findings);
        }
        Map<CaseGroup, Map<CaseOutcome, Value>> sideways = rowPerGroup(rows, findings);
        return sideways.isEmpty() ? ReviewLitigationParts.map(rows) : sideways;
    }

    /**
     * The three groups read from the one data row, its columns placed by the header rows above it, and cells
     * glued together or moved out read by the identities.
     */
    private static Map<CaseGroup, Map<CaseOutcome, Value>> dataRow(TableRow row, List<TableRow> header,
                                                                   List<Anomaly> findings) {
        Columns columns = Columns.read(ReviewLitigationTemplate.COLUMNS, header);
        Map<Integer, Slot> matched = columns.match(row.after(row.labelRun() - 1));
        Map<CaseGroup, Map<CaseOutcome, Value>> groups = new EnumMap<>(CaseGroup.class);
        for (CaseGroup group : CaseGroup.values()) {
            groups.put(group, outcomes(outcome -> matched.get(ReviewLitigationTemplate.leaf(group, outcome)), row));
        }
        TableRepair.Repaired repaired = TableRepair.repair(List.of(printed(columns, matched, row)),
                TemplateIdentities.reviewLitigation(), new TableRepair.Names(TableKind.REVIEW_LITIGATION,
                        (r, c) -> c < 0 ? "" : ReviewLitigationTemplate.group(c).key(),
                        (r, c) -> ReviewLitigationTemplate.outcome(c).key()));
        repaired.values().values().forEach(read -> read.forEach((leaf, value) -> groups
                .get(ReviewLitigationTemplate.group(leaf)).put(ReviewLitigationTemplate.outcome(leaf), value)));
        findings.addAll(repaired.findings());
        return groups;
    }

    /** Whether value cells are there and every one of them is blank or a mark of nothing reported. */
    private static boolean isBlank(List<Slot> values) {
        return !values.isEmpty() && values.stream().allMatch(slot -> slot.number().kind() == CellNumber.Kind.NOT_REPORTED);
    }

    private static TableRepair.Row printed(Columns columns, Map<Integer, Slot> matched, TableRow row) {
        return new TableRepair.Row(columns.leaves(), columns.leaves().stream().map(matched::get).toList(), row.origin());
    }

    /**
     * The table turned on its side, as some offices print it: the outcomes head the columns and each group is a
     * row ({@code 行政复议 | 5 | 0 | 0 | 0 | 5}). Read only where at least two groups are named, so that a
     * table that is not table C is not taken for one; a group without a row has its values missing.
     */
    private static Map<CaseGroup, Map<CaseOutcome, Value>> rowPerGroup(List<TableRow> rows, List<Anomaly> findings) {
        List<TableRow> header = new ArrayList<>();
        Columns columns = null;
        Map<CaseGroup, Map<CaseOutcome, Value>> groups = new EnumMap<>(CaseGroup.class);
        // Groups whose row has every cell blank: the group reports nothing, where its row stands; a row of
        // numbers for the same group takes its place, and blank rows alone make no table.
        Set<CaseGroup> blank = EnumSet.noneOf(CaseGroup.class);
        List<CaseGroup> order = new ArrayList<>();
        List<TableRepair.Row> printed = new ArrayList<>();
        for (TableRow row : rows) {
            int run = row.labelRun();
            CaseGroup group = run == 0 ? null : ReviewLitigationTemplate.groupNamed(labels(row, run));
            List<Slot> values = row.after(run - 1);
            boolean numbers = values.stream().anyMatch(Slot::isNumber);
            if (group == null || !(numbers || isBlank(values))) {
                if (columns == null) {
                    header.add(row);
                }
                continue;
            }
            if (columns == null) {
                columns = Columns.read(ReviewLitigationTemplate.OUTCOMES, header);
            }
            Map<Integer, Slot> matched = columns.match(values);
            if (!groups.containsKey(group) || (numbers && blank.remove(group))) {
                groups.put(group, outcomes(outcome -> matched.get(ReviewLitigationTemplate.leaf(outcome)), row));
                if (!numbers) {
                    blank.add(group);
                }
                int before = order.indexOf(group);
                if (before >= 0) {
                    order.remove(before);
                    printed.remove(before);
                }
                order.add(group);
                printed.add(printed(columns, matched, row));
            }
        }
        if (groups.size() < 2 || blank.size() == groups.size()) {
            return Map.of();
        }
        TableRepair.Repaired repaired = TableRepair.repair(printed,
                TemplateIdentities.reviewLitigationByGroup(printed.size()), new TableRepair.Names(TableKind.REVIEW_LITIGATION,
                        (r, c) -> order.get(r).key(), (r, c) -> ReviewLitigationTemplate.outcome(c).key()));
        repaired.values().forEach((r, read) -> read.forEach(
                (outcome, value) -> groups.get(order.get(r)).put(ReviewLitigationTemplate.outcome(outcome), value)));
        findings.addAll(repaired.findings());
        for (CaseGroup group : CaseGroup.values()) {
            groups.computeIfAbsent(group, missing -> outcomes(outcome -> null, rows.get(0)));
        }
        return groups;
    }

    /** The row's leading labels as one text: a vertical 行政诉讼 beside 未经复议直接起诉 names the group with it. */
    private static String labels(TableRow row, int run) {
        StringBuilder text = new StringBuilder();
        for (Slot slot : row.slots().subList(0, run)) {
            text.append(slot.label());
        }
        return text.toString();
    }

    /** A group's five values from the cells that hold them; a value without a cell is missing from the row. */
    static Map<CaseOutcome, Value> outcomes(Function<CaseOutcome, Slot> cellOf, TableRow row) {
        Map<CaseOutcome, Value> outcomes = new EnumMap<>(CaseOutcome.class);
        for (CaseOutcome outcome : CaseOutcome.values()) {
            Slot slot = cellOf.apply(outcome);
            outcomes.put(outcome, slot == null ? Values.missing(row.origin()) : Values.of(slot));
        }
        return outcomes;
    }
}
