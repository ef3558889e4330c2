package io.github.gongkai.json;

import io.github.gongkai.model.ActiveItem;
import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.CaseGroup;
import io.github.gongkai.model.CaseOutcome;
import io.github.gongkai.model.Check;
import io.github.gongkai.model.Figures;
import io.github.gongkai.model.Keyed;
import io.github.gongkai.model.Measure;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.Severity;
import io.github.gongkai.model.Template;
import io.github.gongkai.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The columns of {@code reports.csv}: one row per report, the report's identity and counts of findings, then
 * one stable column per table cell of either template, named {@code TABLE.ROW.COLUMN} by the JSON contract's
 * keys ({@code applications.newlyReceived.total}). A cell holds a number, or nothing where the report gives none.
 */
public final class ReportColumns {
    /**
     * A named column, the kind of value it holds and how a report's value in it is found.
     *
     * @param kind  {@link Kind#TEXT}, {@link Kind#COUNT} (a whole number) or {@link Kind#NUMBER} (a table cell)
     */
    public record Column(String name, Kind kind, Function<Row, String> value) {
    }

    /** What a column holds: text, a whole number, or a table cell's number (whole or not). */
    public enum Kind { TEXT, COUNT, NUMBER }

    /**
     * What one row is made of.
     *
     * @param file      the file's name in the outputs
     * @param sha256    the SHA-256 of its bytes
     * @param report    the report read from it
     * @param duplicate the copy the report repeats, when it does
     */
    public record Row(String file, String sha256, Report report, Optional<Duplicates.Copy> duplicate) {
    }

    private static final List<Column> COLUMNS = columns();

    private ReportColumns() {
    }

    /** Every column, in their fixed order. */
    public static List<Column> all() {
        return COLUMNS;
    }

    /** The column names, in order. */
    public static List<String> names() {
        return COLUMNS.stream().map(Column::name).toList();
    }

    /** A report's row. */
    public static List<String> row(Row result) {
        return COLUMNS.stream().map(column -> column.value().apply(result)).toList();
    }

    private static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("file", Kind.TEXT, Row::file));
        columns.add(report("format", Kind.TEXT, report -> report.source().format().name()));
        columns.add(new Column("sha256", Kind.TEXT, Row::sha256));
        columns.add(report("pages", Kind.COUNT, report -> report.source().pages() == 0 ? "" : String.valueOf(report.source().pages())));
        columns.add(report("title", Kind.TEXT, report -> report.info().title()));
        columns.add(report("body", Kind.TEXT, report -> report.info().body().orElse("")));
        columns.add(report("year", Kind.COUNT, report -> report.info().year().isPresent()
                ? String.valueOf(report.info().year().getAsInt()) : ""));
        columns.add(report("template", Kind.TEXT, report -> report.info().template().map(Template::key).orElse("")));
        columns.add(new Column("duplicateOf", Kind.TEXT, row -> row.duplicate().map(Duplicates.Copy::file).orElse("")));
        columns.add(new Column("duplicateBy", Kind.TEXT, row -> row.duplicate().map(Duplicates.Copy::by).orElse("")));
        for (Severity severity : Severity.values()) {
            columns.add(report("anomalies." + severity.key(), Kind.COUNT, report -> String.valueOf(
                    report.anomalies().stream().filter(anomaly -> anomaly.severity() == severity).count())));
        }
        for (Check.Outcome outcome : Check.Outcome.values()) {
            columns.add(report("checks." + camel(outcome.key()), Kind.COUNT, report -> String.valueOf(
                    report.checks().stream().filter(check -> check.outcome() == outcome).count())));
        }
        for (ActiveItem item : ActiveItem.values()) {
            for (Measure measure : measures(item)) {
                columns.add(cell("activeDisclosure", item, measure, Report::activeDisclosure));
            }
        }
        for (RowKey row : RowKey.values()) {
            for (Applicant applicant : Applicant.values()) {
                columns.add(cell("applications", row, applicant, Report::applications));
            }
        }
        for (CaseGroup group : CaseGroup.values()) {
            for (CaseOutcome outcome : CaseOutcome.values()) {
                columns.add(cell("reviewLitigation", group, outcome, Report::reviewLitigation));
            }
        }
        return Collections.unmodifiableList(columns);
    }

    /** An item's measures in either template: the 2021 template's, then the 2019 template's others, in template order. */
    private static Set<Measure> measures(ActiveItem item) {
        Set<Measure> measures = new LinkedHashSet<>();
        measures.addAll(Template.T2021.activeDisclosure().getOrDefault(item, List.of()));
        measures.addAll(Template.T2019.activeDisclosure().getOrDefault(item, List.of()));
        return measures;
    }

    private static Column report(String name, Kind kind, Function<Report, String> value) {
        return new Column(name, kind, row -> value.apply(row.report()));
    }

    private static <R extends Enum<R> & Keyed, C extends Enum<C> & Keyed> Column cell(
            String table, R row, C column, Function<Report, Optional<Figures<R, C>>> figures) {
        return report(table + "." + row.key() + "." + column.key(), Kind.NUMBER, report -> figures.apply(report)
                .map(values -> values.get(row, column)).flatMap(Value::number).map(ReportColumns::plain).orElse(""));
    }

    /** A number as CSV cells hold it: no exponent, no trailing zeros ({@code 826.09}, {@code 1200}). */
    public static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** {@code not_assessable} as {@code notAssessable}, like the contract's other keys. */
    private static String camel(String key) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : key.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
