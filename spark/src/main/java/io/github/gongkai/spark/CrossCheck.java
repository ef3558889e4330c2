package io.github.gongkai.spark;

import io.github.gongkai.json.Duplicates;
import io.github.gongkai.json.ReportCodec;
import io.github.gongkai.model.Language;
import io.github.gongkai.model.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;

/**
 * The cross-report step on one group of rows: the reports of one region, read back from their
 * {@code model}, sorted by path as {@code dataset} sorts by name, checked together (year over year,
 * copied tables, aggregates) and searched for duplicates, then written again. The group of failures passes
 * through as it is. Rows come with their region as a last column, which is left out again.
 */
final class CrossCheck implements FlatMapGroupsFunction<String, Row, Row> {
    /** The group key of the rows of files that could not be read: no region name starts with it. */
    static final String FAILURES = "\u0000failures";

    private static final long serialVersionUID = 1L;

    private final Language language;

    CrossCheck(Language language) {
        this.language = language;
    }

    @Override
    public Iterator<Row> call(String group, Iterator<Row> rows) {
        if (group.equals(FAILURES)) {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    return ReportRows.fields(rows.next());
                }
            };
        }
        List<Row> sorted = new ArrayList<>();
        rows.forEachRemaining(sorted::add);
        sorted.sort(Comparator.comparing(row -> row.getString(0)));
        List<Report> reports = sorted.stream().map(ReportRows::model).toList();
        List<Report> checked = ExecutorGongkai.get().crossCheck(reports);
        int sha256 = ReportRows.SCHEMA.fieldIndex("sha256");
        List<Optional<Duplicates.Copy>> duplicates = Duplicates.find(IntStream.range(0, sorted.size())
                .mapToObj(i -> new Duplicates.Entry(sorted.get(i).getString(0), sorted.get(i).getString(sha256),
                        reports.get(i)))
                .toList());
        List<Row> out = new ArrayList<>(sorted.size());
        int model = ReportRows.SCHEMA.fieldIndex("model");
        for (int i = 0; i < sorted.size(); i++) {
            Report report = checked.get(i);
            // A report the checks found nothing about comes back as it was, and so does its model.
            String tree = report == reports.get(i) ? sorted.get(i).getString(model) : ReportCodec.encode(report);
            out.add(ReportRows.report(sorted.get(i).getString(0), sorted.get(i).getString(sha256), report, tree,
                    duplicates.get(i), language));
        }
        return out.iterator();
    }
}
