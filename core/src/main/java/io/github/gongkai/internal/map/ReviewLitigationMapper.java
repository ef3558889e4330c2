package io.github.gongkai.internal.map;

import io.github.gongkai.internal.locate.Slot;
import io.github.gongkai.internal.locate.TableRow;
import io.github.gongkai.internal.template.ReviewLitigationTemplate;
import io.github.gongkai.internal.text.CellNumber;
import io.github.gongkai.model.CaseGroup;
import io.github.gongkai.model.CaseOutcome;
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

    /** The three groups with their five values, or an empty map where no data row was found. */
    static Map<CaseGroup, Map<CaseOutcome, Value>> map(List<TableRow> rows) {
        List<TableRow> header = new ArrayList<>();
        // The data row printed with every cell blank and no label: the table is there and reports nothing. Taken
        // only where no row holds numbers, so that a header row padded with blanks is never read as data.
        TableRow blank = null;
        List<TableRow> blankHeader = List.of();
        for (TableRow row : rows) {
            List<Slot> values = row.after(row.labelRun() - 1);
            long valueCells = values.stream().filter(slot -> !slot.isLabel()).count();
            if (valueCells >= MIN_VALUES && values.stream().anyMatch(Slot::isNumber)) {
                return dataRow(row, header);
            }
            if (blank == null && !header.isEmpty() && row.labelRun() == 0 && valueCells >= MIN_VALUES && isBlank(values)) {
                blank = row;
                blankHeader = List.copyOf(header);
            }
            header.add(row);
        }
        if (blank != null) {
            return dataRow(blank, blankHeader);
        }
        Map<CaseGroup, Map<CaseOutcome, Value>> sideways = rowPerGroup(rows);
        return sideways.isEmpty() ? ReviewLitigationParts.map(rows) : sideways;
    }

    /** The three groups read from the one data row, its columns placed by the header rows above it. */
    private static Map<CaseGroup, Map<CaseOutcome, Value>> dataRow(TableRow row, List<TableRow> header) {
        Map<Integer, Slot> matched = Columns.read(ReviewLitigationTemplate.COLUMNS, header)
                .match(row.after(row.labelRun() - 1));
        Map<CaseGroup, Map<CaseOutcome, Value>> groups = new EnumMap<>(CaseGroup.class);
        for (CaseGroup group : CaseGroup.values()) {
            groups.put(group, outcomes(outcome -> matched.get(ReviewLitigationTemplate.leaf(group, outcome)), row));
        }
        return groups;
    }

    /** Whether value cells are there and every one of them is blank or a mark of nothing reported. */
    private static boolean isBlank(List<Slot> values) {
        return !values.isEmpty() && values.stream().allMatch(slot -> slot.number().kind() == CellNumber.Kind.NOT_REPORTED);
    }

    /**
     * The table turned on its side, as some offices print it: the outcomes head the columns and each group is a
     * row ({@code 行政复议 | 5 | 0 | 0 | 0 | 5}). Read only where at least two groups are named, so that a
     * table that is not table C is not taken for one; a group without a row has its values missing.
     */
    private static Map<CaseGroup, Map<CaseOutcome, Value>> rowPerGroup(List<TableRow> rows) {
        List<TableRow> header = new ArrayList<>();
        Columns columns = null;
        Map<CaseGroup, Map<CaseOutcome, Value>> groups = new EnumMap<>(CaseGroup.class);
        // Groups whose row has every cell blank: the group reports nothing, where its row stands; a row of
        // numbers for the same group takes its place, and blank rows alone make no table.
        Set<CaseGroup> blank = EnumSet.noneOf(CaseGroup.class);
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
                groups.put(group, outcomes(outcome -> matched.get(outcome.ordinal()), row));
                if (!numbers) {
                    blank.add(group);
                }
            }
        }
        if (groups.size() < 2 || blank.size() == groups.size()) {
            return Map.of();
        }
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
