package io.github.gongkai.internal.check;

import io.github.gongkai.model.ActiveItem;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.CaseGroup;
import io.github.gongkai.model.CaseOutcome;
import io.github.gongkai.model.Figures;
import io.github.gongkai.model.Keyed;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Measure;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.TableKind;
import io.github.gongkai.model.Value;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What each number cell holds on its own: counts are whole and not negative (only 本年增/减 may be negative,
 * only money fractional); text in a number cell cannot be read; a blank or dash is "not reported". One rule per
 * table.
 *
 * @param kind    the table
 * @param table   the table of a report, empty where the report has none
 * @param signed  columns that may be negative
 * @param money   columns that may be fractional
 * @param derived rows that are derived from others rather than stated
 */
record CellRules<R extends Enum<R> & Keyed, C extends Enum<C> & Keyed>(
        TableKind kind, Function<Report, Optional<Figures<R, C>>> table, Predicate<C> signed, Predicate<C> money,
        BiPredicate<ReportContext, R> derived) implements Rule {

    /** Table A: only 本年增/减 may be negative, only money fractional. */
    static final CellRules<ActiveItem, Measure> ACTIVE_DISCLOSURE = new CellRules<>(TableKind.ACTIVE_DISCLOSURE,
            Report::activeDisclosure, Measure::isSigned, Measure::isMoney, (context, item) -> false);
    /** Table B: (六)其他处理 is derived where a 2021-template report has its sub-rows. */
    static final CellRules<RowKey, Applicant> APPLICATIONS = new CellRules<>(TableKind.APPLICATIONS,
            Report::applications, column -> false, column -> false, (context, row) -> ApplicationsRules.isDerived(
                    row, context.template(), context.report().applications().orElseThrow()));
    /** Table C: every cell a whole count. */
    static final CellRules<CaseGroup, CaseOutcome> REVIEW_LITIGATION = new CellRules<>(TableKind.REVIEW_LITIGATION,
            Report::reviewLitigation, column -> false, column -> false, (context, group) -> false);

    /** Checks every cell of the table, where the report has it. */
    @Override
    public void check(ReportContext context, Findings findings) {
        table.apply(context.report()).ifPresent(figures -> {
            for (Map.Entry<R, Map<C, Value>> row : figures.rows().entrySet()) {
                if (derived.test(context, row.getKey())) {
                    continue;
                }
                for (Map.Entry<C, Value> cell : row.getValue().entrySet()) {
                    Location location = Location.cell(kind, row.getKey(), cell.getKey(), cell.getValue().origin());
                    check(cell.getValue(), location, signed.test(cell.getKey()), money.test(cell.getKey()), findings);
                }
            }
        });
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
