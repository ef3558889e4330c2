package io.github.gongkai.internal.check;

import io.github.gongkai.document.Origin;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Figures;
import io.github.gongkai.model.Keyed;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.Section;
import io.github.gongkai.model.TableKind;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A table identical, number for number, to the same body's table of the previous year: copied forward rather
 * than filled in. Tables with fewer than {@value #MIN_NONZERO} non-zero numbers are passed over: a small
 * town's all-zero table B is legitimately the same every year.
 */
final class CopiedTables {
    static final int MIN_NONZERO = 3;

    private CopiedTables() {
    }

    static void check(Report report, Report previous, Findings findings) {
        compare(report.activeDisclosure(), previous.activeDisclosure(), TableKind.ACTIVE_DISCLOSURE, report, previous,
                findings);
        compare(report.applications(), previous.applications(), TableKind.APPLICATIONS, report, previous, findings);
        compare(report.reviewLitigation(), previous.reviewLitigation(), TableKind.REVIEW_LITIGATION, report, previous,
                findings);
    }

    private static <R extends Enum<R> & Keyed, C extends Enum<C> & Keyed> void compare(
            Optional<Figures<R, C>> table, Optional<Figures<R, C>> last, TableKind kind, Report report,
            Report previous, Findings findings) {
        if (table.isEmpty() || last.isEmpty()) {
            return;
        }
        Map<String, Optional<BigDecimal>> numbers = numbers(table.get());
        long nonzero = numbers.values().stream().filter(n -> n.isPresent() && n.get().signum() != 0).count();
        if (nonzero < MIN_NONZERO || !numbers.equals(numbers(last.get()))) {
            return;
        }
        Origin origin = report.section(kind.section()).map(Section::origin).orElse(Origin.UNKNOWN);
        findings.add(Anomaly.of(AnomalyCode.COPIED_TABLE, new Message(
                "table " + kind.key() + " is identical to that of " + previous.source().file(),
                "表格" + kind.key() + "与" + previous.source().file() + "中的完全相同"),
                Location.table(kind, origin), ""));
    }

    /** The table's numbers by row and column, stripped of how and where they were printed. */
    private static <R extends Enum<R> & Keyed, C extends Enum<C> & Keyed> Map<String, Optional<BigDecimal>> numbers(
            Figures<R, C> table) {
        Map<String, Optional<BigDecimal>> numbers = new LinkedHashMap<>();
        table.rows().forEach((row, values) -> values.forEach((column, value) ->
                numbers.put(row.key() + "." + column.key(), value.number().map(BigDecimal::stripTrailingZeros))));
        return numbers;
    }
}
