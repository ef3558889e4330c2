package io.github.gongkai.view;

import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Check;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which cells each finding is about. A finding names one cell, a row or a column; an identity runs along a
 * line of its table, so its finding covers every cell the identity adds up: a row total its row, a column
 * total the outcome rows of its column, the balance the four rows of its column.
 */
final class Findings {
    /** The rows table B's balance adds up: 一 + 二 = (七) + 四. */
    private static final Set<String> BALANCE_ROWS = Set.of(RowKey.NEWLY_RECEIVED.key(), RowKey.CARRIED_OVER.key(),
            RowKey.TOTAL_PROCESSED.key(), RowKey.CARRIED_FORWARD.key());

    /** The identity each check family and anomaly code stands for, by the line it runs along. */
    private enum Line { ROW, OUTCOME_COLUMN, BALANCE_COLUMN }

    private static final Map<String, Line> CHECK_FAMILIES = Map.of("applications.rowTotal", Line.ROW,
            "applications.columnTotal", Line.OUTCOME_COLUMN, "applications.balance", Line.BALANCE_COLUMN,
            "reviewLitigation.total", Line.ROW);
    private static final Map<AnomalyCode, Line> IDENTITY_CODES = Map.of(AnomalyCode.APPLICATIONS_ROW_TOTAL, Line.ROW,
            AnomalyCode.APPLICATIONS_COLUMN_TOTAL, Line.OUTCOME_COLUMN, AnomalyCode.APPLICATIONS_BALANCE,
            Line.BALANCE_COLUMN, AnomalyCode.REVIEW_LITIGATION_TOTAL, Line.ROW);

    private final Cells cells;
    private final List<Set<String>> byAnomaly = new ArrayList<>();
    private final Set<String> failing = new HashSet<>();
    private final Set<String> flagged = new HashSet<>();

    Findings(Report report, Cells cells) {
        this.cells = cells;
        for (Anomaly anomaly : report.anomalies()) {
            Set<String> ids = of(anomaly.location(), IDENTITY_CODES.get(anomaly.code()));
            byAnomaly.add(ids);
            if (anomaly.severity() == Severity.ERROR) {
                failing.addAll(ids);
            } else if (anomaly.severity() == Severity.WARNING) {
                flagged.addAll(ids);
            }
        }
        for (Check check : report.checks()) {
            if (check.outcome() == Check.Outcome.FAIL) {
                failing.addAll(ofCheck(check));
            }
        }
    }

    /** The cells of the anomaly at this index of the report's list. */
    Set<String> ofAnomaly(int index) {
        return byAnomaly.get(index);
    }

    /** The cells of a check. */
    Set<String> ofCheck(Check check) {
        int dot = check.id().lastIndexOf('.');
        return of(check.location(), dot < 0 ? null : CHECK_FAMILIES.get(check.id().substring(0, dot)));
    }

    boolean failing(String id) {
        return failing.contains(id);
    }

    boolean flagged(String id) {
        return flagged.contains(id);
    }

    private Set<String> of(Location location, Line line) {
        String table = location.table();
        Set<String> ids = new LinkedHashSet<>();
        if (table.isEmpty()) {
            return ids;
        }
        String row = location.row();
        String column = location.column();
        if (line == Line.ROW && !row.isEmpty()) {
            cells.ids(table, r -> r.equals(row), c -> true, ids);
        } else if (line == Line.OUTCOME_COLUMN && !column.isEmpty()) {
            cells.ids(table, cells::outcomeRow, c -> c.equals(column), ids);
        } else if (line == Line.BALANCE_COLUMN && !column.isEmpty()) {
            cells.ids(table, BALANCE_ROWS::contains, c -> c.equals(column), ids);
        } else if (!row.isEmpty() || !column.isEmpty()) {
            cells.ids(table, r -> row.isEmpty() || r.equals(row), c -> column.isEmpty() || c.equals(column), ids);
        }
        return ids;
    }
}
