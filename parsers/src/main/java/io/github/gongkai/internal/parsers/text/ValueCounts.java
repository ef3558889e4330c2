package io.github.gongkai.internal.parsers.text;

import io.github.gongkai.internal.text.OutlineNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Settles the rows of a rebuilt table where a text cell stands among the values, as {@code 详见附件}
 * does in a number cell: read alone, such a cell looks like a label and cuts its row in two. Where the
 * table's rows mostly have the same number of values, the reading that gives a short row that number
 * wins: the cell is one of that row's values.
 */
final class ValueCounts {
    /** Rows sharing a count before it counts as the table's. */
    private static final int FEWEST_AGREEING = 3;

    private ValueCounts() {
    }

    static List<RebuiltRow> repair(List<RebuiltRow> rows) {
        int usual = usualCount(rows);
        if (usual < 2) {
            return rows;
        }
        List<RebuiltRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            RebuiltRow row = rows.get(i);
            RebuiltRow next = i + 1 < rows.size() ? rows.get(i + 1) : null;
            int missing = usual - row.values().size();
            if (row.isHeader() || missing <= 0) {
                out.add(row);
            } else if (missing == 1 && endsInLooseText(row)) {
                // [一、… 详见附件] 2 … 7: the label's unnumbered last part is the first value.
                List<Token> label = row.label().subList(0, row.label().size() - 1);
                out.add(new RebuiltRow(label, join(row.label().subList(label.size(), row.label().size()), row.values())));
            } else if (next != null && isLooseText(next)
                    && (next.isHeader() ? missing == 1 : next.values().size() + 1 == missing)) {
                // 一、… 1 2 [详见附件] 4 … 7, or 1 … 6 [详见附件] before the next row: the cell continues the values.
                out.add(new RebuiltRow(row.label(), join(row.values(), next.cells())));
                i++;
            } else {
                out.add(row);
            }
        }
        return out;
    }

    /** The number of values most rows have, where at least a few rows agree on it; else 0. */
    private static int usualCount(List<RebuiltRow> rows) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (RebuiltRow row : rows) {
            if (!row.isHeader()) {
                counts.merge(row.values().size(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= FEWEST_AGREEING)
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(0);
    }

    private static boolean endsInLooseText(RebuiltRow row) {
        return row.label().size() >= 2
                && OutlineNumber.level(row.label().get(row.label().size() - 1).text()) == OutlineNumber.UNNUMBERED;
    }

    /** A row that is a single unnumbered cell, with or without values after it. */
    private static boolean isLooseText(RebuiltRow row) {
        return row.label().size() == 1 && OutlineNumber.level(row.label().get(0).text()) == OutlineNumber.UNNUMBERED;
    }

    private static List<Token> join(List<Token> first, List<Token> second) {
        List<Token> joined = new ArrayList<>(first);
        joined.addAll(second);
        return joined;
    }
}
