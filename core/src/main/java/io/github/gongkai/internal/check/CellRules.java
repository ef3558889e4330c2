package io.github.gongkai.internal.check;

import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Figures;
import io.github.gongkai.model.Keyed;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.TableKind;
import io.github.gongkai.model.Value;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What each number cell holds on its own: counts are whole and not negative (only 本年增/减 may be negative,
 * only money fractional); text in a number cell cannot be read; a blank or dash is "not reported".
 */
final class CellRules {
    private CellRules() {
    }

    /**
     * Checks every cell of a table.
     *
     * @param signed  columns that may be negative
     * @param money   columns that may be fractional
     * @param skipRow rows that are derived from others rather than stated
     */
    static <R extends Enum<R> & Keyed, C extends Enum<C> & Keyed> void check(
            Figures<R, C> table, TableKind kind, Predicate<C> signed, Predicate<C> money,
            Predicate<R> skipRow, Findings findings) {
        for (Map.Entry<R, Map<C, Value>> row : table.rows().entrySet()) {
            if (skipRow.test(row.getKey())) {
                continue;
            }
            for (Map.Entry<C, Value> cell : row.getValue().entrySet()) {
                Location location = Location.cell(kind, row.getKey(), cell.getKey(), cell.getValue().origin());
                check(cell.getValue(), location, signed.test(cell.getKey()), money.test(cell.getKey()), findings);
            }
        }
    }

    private static void check(Value value, Location location, boolean signed, boolean money, Findings findings) {
        String where = location.row() + "." + location.column();
        switch (value.state()) {
            case REPORTED -> {
                BigDecimal number = value.number().orElseThrow();
                if (!signed && number.signum() < 0) {
                    findings.add(Anomaly.of(AnomalyCode.NEGATIVE_COUNT,
                            new Message(where + ": negative count " + number.toPlainString(),
                                    where + ":数量为负数 " + number.toPlainString()), location, value.raw()));
                }
                if (!money && number.stripTrailingZeros().scale() > 0) {
                    findings.add(Anomaly.of(AnomalyCode.FRACTIONAL_COUNT,
                            new Message(where + ": fractional count " + number.toPlainString(),
                                    where + ":数量含小数 " + number.toPlainString()), location, value.raw()));
                }
            }
            // The mapping explains the cells it left unreadable (glued digits, a row short of cells) itself.
            case UNREADABLE -> {
                if (!findings.has(AnomalyCode.UNREADABLE_CELL, location)) {
                    findings.add(Placeholders.in(value.raw())
                            ? Anomaly.of(AnomalyCode.PLACEHOLDER, new Message(where + ": placeholder \"" + value.raw()
                                    + "\" left unfilled", where + ":占位符“" + value.raw() + "”未填写"), location, value.raw())
                            : Anomaly.of(AnomalyCode.UNREADABLE_CELL,
                            new Message(where + ": \"" + value.raw() + "\" is not a number",
                                    where + ":“" + value.raw() + "”不是数字"), location, value.raw()));
                }
            }
            case NOT_REPORTED -> findings.add(Anomaly.of(AnomalyCode.NOT_REPORTED,
                    new Message(where + ": not reported", where + ":未填报"), location, value.raw()));
            case ABSENT -> {
                // Absent rows are reported once, as a missing row.
            }
        }
    }
}
