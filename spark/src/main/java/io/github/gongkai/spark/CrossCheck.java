package io.github.gongkai.spark;

import io.github.gongkai.json.Duplicates;
import io.github.gongkai.json.ReportCodec;
import io.github.gongkai.model.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The cross-report step on the reports of one region ({@code path}, {@code sha256}, {@code model}): read back
 * from their model, sorted by path as {@code dataset} sorts by name, checked together (year over year, copied
 * tables, aggregates) and searched for duplicates. Only what the step found comes out, as {@link #FINDINGS}
 * rows: a report it found nothing about keeps the row it was read into, so that the rows are written in
 * parallel where they were read and this one task per region only checks.
 */
final class CrossCheck implements FlatMapGroupsFunction<String, Row, Row> {
    /**
     * What the step found about one report: its path, its model again where the checks added to it (null
     * where they did not), and the earlier copy it duplicates (both null where none).
     */
    static final StructType FINDINGS = new StructType()
            .add("_path", DataTypes.StringType, false)
            .add("_model", DataTypes.StringType, true)
            .add("_duplicateOf", DataTypes.StringType, true)
            .add("_duplicateBy", DataTypes.StringType, true);

    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(String region, Iterator<Row> rows) {
        List<Row> sorted = new ArrayList<>();
        rows.forEachRemaining(sorted::add);
        sorted.sort(Comparator.comparing(row -> row.getString(0)));
        List<Report> reports = sorted.stream().map(row -> ReportCodec.decode(row.getString(2), row.getString(0))).toList();
        List<Report> checked = ExecutorGongkai.get().crossCheck(reports);
        List<Optional<Duplicates.Copy>> duplicates = Duplicates.find(IntStream.range(0, sorted.size())
                .mapToObj(i -> new Duplicates.Entry(sorted.get(i).getString(0), sorted.get(i).getString(1), reports.get(i)))
                .toList());
        List<Row> found = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            // The checks give back the very report they found nothing about.
            boolean changed = checked.get(i) != reports.get(i);
            Optional<Duplicates.Copy> copy = duplicates.get(i);
            if (changed || copy.isPresent()) {
                found.add(RowFactory.create(sorted.get(i).getString(0), changed ? ReportCodec.encode(checked.get(i)) : null,
                        copy.map(Duplicates.Copy::file).orElse(null), copy.map(Duplicates.Copy::by).orElse(null)));
            }
        }
        return found.iterator();
    }
}
