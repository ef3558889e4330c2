package io.github.gongkai.internal.map;

import io.github.gongkai.internal.locate.Slot;
import io.github.gongkai.internal.locate.TableRow;
import io.github.gongkai.internal.template.ReviewLitigationTemplate;
import io.github.gongkai.model.CaseGroup;
import io.github.gongkai.model.CaseOutcome;
import io.github.gongkai.model.Value;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Table C cut into one small table per group, as document converters cut a table too wide for them: each
 * part has a header naming its group ({@code 行政复议}, {@code 行政诉讼 未经复议直接起诉}, {@code 复议后起诉}) over
 * the five outcomes, and one data row. A part whose header names no group (a header the converter garbled)
 * holds the group after the part before it, in the template's order; a header repeated within a part is
 * read once.
 */
final class ReviewLitigationParts {
    /** Fewer value cells than this in a row and it is a header row: a group has five. */
    private static final int MIN_VALUES = 3;

    private ReviewLitigationParts() {
    }

    /** The groups read from their parts, or an empty map where fewer than two parts hold a group. */
    static Map<CaseGroup, Map<CaseOutcome, Value>> map(List<TableRow> rows) {
        Map<CaseGroup, Map<CaseOutcome, Value>> groups = new EnumMap<>(CaseGroup.class);
        List<TableRow> header = new ArrayList<>();
        CaseGroup previous = null;
        int table = -1;
        boolean done = false;
        for (TableRow row : rows) {
            if (row.table() != table) {
                table = row.table();
                header = new ArrayList<>();
                done = false;
            }
            if (done) {
                continue;
            }
            List<Slot> values = row.after(row.labelRun() - 1);
            if (values.stream().filter(slot -> !slot.isLabel()).count() < MIN_VALUES
                    || values.stream().noneMatch(Slot::isNumber)) {
                header.add(row);
                continue;
            }
            done = true;
            CaseGroup group = groupOf(header, previous);
            if (group == null || groups.containsKey(group)) {
                continue;
            }
            Map<Integer, Slot> matched = Columns.read(ReviewLitigationTemplate.OUTCOMES, header).match(values);
            groups.put(group, ReviewLitigationMapper.outcomes(outcome -> matched.get(ReviewLitigationTemplate.leaf(outcome)), row));
            previous = group;
        }
        if (groups.size() < 2) {
            return Map.of();
        }
        for (CaseGroup group : CaseGroup.values()) {
            groups.computeIfAbsent(group, missing -> ReviewLitigationMapper.outcomes(outcome -> null, rows.get(0)));
        }
        return groups;
    }

    /** The group a part's header names, else the one after the previous part's; null after the last. */
    private static CaseGroup groupOf(List<TableRow> header, CaseGroup previous) {
        StringBuilder labels = new StringBuilder();
        for (TableRow row : header) {
            for (Slot slot : row.slots()) {
                labels.append(slot.label());
            }
        }
        CaseGroup named = ReviewLitigationTemplate.groupNamed(labels.toString());
        if (named != null) {
            return named;
        }
        return ReviewLitigationTemplate.groupAfter(previous);
    }
}
