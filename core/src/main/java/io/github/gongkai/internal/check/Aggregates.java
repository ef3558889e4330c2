package io.github.gongkai.internal.check;

import io.github.gongkai.internal.template.ApplicationsTemplate;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.CaseGroup;
import io.github.gongkai.model.CaseOutcome;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.TableKind;
import io.github.gongkai.model.Template;
import io.github.gongkai.model.Value;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An aggregated report (全县/全市/汇总) against its units' reports of the same year: the aggregate's totals
 * (table B's 总计 of every row, table C's 总计 of every group) equal the sums of the units'. A body's units are
 * the bodies named under its place (清河县教育局, 清河县新关镇人民政府 under 清河县人民政府); the check assumes
 * every unit's report is given, as a folder of one region's reports has them.
 */
final class Aggregates {
    private static final Pattern AGGREGATE = Pattern.compile("全省|全市|全州|全县|全区|全旗|汇总");
    private static final Pattern PLACE = Pattern.compile("^\\p{IsHan}{1,7}?(?:自治州|自治县|省|市|州|盟|县|区|旗)");

    private Aggregates() {
    }

    /** Whether a report says in its title that it aggregates its units'. */
    static boolean isAggregate(Report report) {
        return AGGREGATE.matcher(report.info().title()).find();
    }

    static void check(Report aggregate, List<Report> reports, Findings findings) {
        Optional<String> place = place(aggregate);
        if (!isAggregate(aggregate) || place.isEmpty() || aggregate.info().year().isEmpty()) {
            return;
        }
        List<Report> units = reports.stream()
                .filter(unit -> unit != aggregate && !isAggregate(unit))
                .filter(unit -> unit.info().year().equals(aggregate.info().year()))
                .filter(unit -> unit.info().body().filter(body -> body.startsWith(place.get())
                        && !body.equals(aggregate.info().body().orElse(""))).isPresent())
                .toList();
        if (units.isEmpty()) {
            return;
        }
        aggregate.applications().ifPresent(table -> {
            Template template = aggregate.info().template().orElse(Template.T2021);
            for (RowKey row : ApplicationsTemplate.rows(template)) {
                if (ApplicationsRules.isDerived(row, template, table) || !table.rowKeys().contains(row)) {
                    continue;
                }
                List<Value> parts = units.stream().map(unit -> unit.applications()
                        .map(t -> t.get(row, Applicant.TOTAL)).orElse(Value.ABSENT)).toList();
                Value total = table.get(row, Applicant.TOTAL);
                findings.identity("corpus.aggregate.applications." + row.key(), AnomalyCode.AGGREGATE_MISMATCH,
                        message(row.label(), units.size()),
                        Location.cell(TableKind.APPLICATIONS, row, Applicant.TOTAL, total.origin()),
                        parts, List.of(total));
            }
        });
        aggregate.reviewLitigation().ifPresent(table -> {
            for (CaseGroup group : CaseGroup.values()) {
                List<Value> parts = units.stream().map(unit -> unit.reviewLitigation()
                        .map(t -> t.get(group, CaseOutcome.TOTAL)).orElse(Value.ABSENT)).toList();
                Value total = table.get(group, CaseOutcome.TOTAL);
                findings.identity("corpus.aggregate.reviewLitigation." + group.key(), AnomalyCode.AGGREGATE_MISMATCH,
                        message(group.label(), units.size()),
                        Location.cell(TableKind.REVIEW_LITIGATION, group, CaseOutcome.TOTAL, total.origin()),
                        parts, List.of(total));
            }
        });
    }

    private static Message message(String label, int units) {
        return new Message(label + ": 总计 differs from the sum of " + units + " units' reports",
                label + ":总计与" + units + "个所属单位报告之和不符");
    }

    /**
     * The aggregate's outermost place (清河县 of 清河县人民政府), which its units' names start with; from the
     * title where the body is not known (清河县2022年政府信息公开工作年度报告 names no body).
     */
    private static Optional<String> place(Report report) {
        Matcher matcher = PLACE.matcher(report.info().body().orElse(report.info().title()));
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }
}
