package io.github.gongkai.spark;

import io.github.gongkai.json.Duplicates;
import io.github.gongkai.json.ReportCodec;
import io.github.gongkai.model.Language;
import io.github.gongkai.model.Report;
import java.util.Optional;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;

/**
 * A report's row joined with the {@link CrossCheck#FINDINGS} about it: written again with them where there
 * are any, passed through as it was read where there are none (and for a file that could not be read).
 */
final class WithFindings implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final Language language;

    WithFindings(Language language) {
        this.language = language;
    }

    @Override
    public Row call(Row row) {
        if (row.isNullAt(row.fieldIndex("_path"))) {
            return ReportRows.fields(row);
        }
        String path = row.getString(0);
        String model = row.isNullAt(row.fieldIndex("_model")) ? row.getAs("model") : row.getAs("_model");
        Report report = ReportCodec.decode(model, path);
        Optional<Duplicates.Copy> copy = row.isNullAt(row.fieldIndex("_duplicateOf")) ? Optional.empty()
                : Optional.of(new Duplicates.Copy(row.getAs("_duplicateOf"), row.getAs("_duplicateBy")));
        return ReportRows.report(path, row.getAs("sha256"), report, model, copy, language);
    }
}
