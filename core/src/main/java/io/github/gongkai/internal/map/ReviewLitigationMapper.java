package io.github.gongkai.internal.map;

import io.github.gongkai.internal.locate.Slot;
import io.github.gongkai.internal.locate.TableRow;
import io.github.gongkai.model.CaseGroup;
import io.github.gongkai.model.CaseOutcome;
import io.github.gongkai.model.Value;
import io.github.gongkai.internal.template.ReviewLitigationTemplate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Maps table C: a two-level header over one data row of fifteen numbers. The data row is the first row that
 * holds, after any label, at least ten cells that read as numbers or as "not reported".
 */
final class ReviewLitigationMapper {
    /** Fewer value cells than this in a row and it is a header row. */
    private static final int MIN_VALUES = 10;

    private ReviewLitigationMapper() {
    }

    /** The three groups with their five values, or an empty map where no data row was found. */
    static Map<CaseGroup, Map<CaseOutcome, Value>> map(List<TableRow> rows) {
        List<TableRow> header = new ArrayList<>();
        for (TableRow row : rows) {
            List<Slot> values = row.after(row.labelRun() - 1);
            long valueCells = values.stream().filter(slot -> !slot.isLabel()).count();
            if (valueCells < MIN_VALUES || values.stream().noneMatch(Slot::isNumber)) {
                header.add(row);
                continue;
            }
            Map<Integer, Slot> matched = Columns.read(ReviewLitigationTemplate.COLUMNS, header).match(values);
            Map<CaseGroup, Map<CaseOutcome, Value>> groups = new EnumMap<>(CaseGroup.class);
            for (CaseGroup group : CaseGroup.values()) {
                Map<CaseOutcome, Value> outcomes = new EnumMap<>(CaseOutcome.class);
                for (CaseOutcome outcome : CaseOutcome.values()) {
                    Slot slot = matched.get(ReviewLitigationTemplate.leaf(group, outcome));
                    outcomes.put(outcome, slot == null ? Values.missing(row.origin()) : Values.of(slot));
                }
                groups.put(group, outcomes);
            }
            return groups;
        }
        return Map.of();
    }
}
