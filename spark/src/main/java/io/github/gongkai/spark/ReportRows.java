package io.github.gongkai.spark;

import io.github.gongkai.document.Origin;
import io.github.gongkai.json.Duplicates;
import io.github.gongkai.json.ReportColumns;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.Language;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Report;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The rows of the reports Dataset: {@code path}, then the columns of {@code reports.csv} after its
 * {@code file} (text, whole numbers as {@code int}, table cells as decimals), the anomalies as an array of
 * structs ({@code anomalyDetails}, the columns of {@code anomalies.csv}), the report's JSON as
 * {@code reports.jsonl} has it ({@code json}), the report with provenance as the cross-report step reads it
 * back ({@code model}), and for a file that could not be read its {@code reason} and {@code message} with
 * every report column null.
 */
final class ReportRows {
    /**
     * Table cells: money may have fractions; 6 places and 32 digits before the point hold any real report.
     * A number beyond that (only a hostile file writes one) is null in its column and kept in {@code json}.
     */
    static final DecimalType CELL = DataTypes.createDecimalType(38, 6);

    static final StructType ANOMALY = new StructType()
            .add("code", DataTypes.StringType, false)
            .add("severity", DataTypes.StringType, false)
            .add("section", DataTypes.IntegerType, true)
            .add("table", DataTypes.StringType, true)
            .add("row", DataTypes.StringType, true)
            .add("column", DataTypes.StringType, true)
            .add("origin", DataTypes.StringType, true)
            .add("expected", CELL, true)
            .add("actual", CELL, true)
            .add("message", DataTypes.StringType, false)
            .add("quote", DataTypes.StringType, true);

    /** The report columns after {@code file}, which {@code path} replaces. */
    private static final List<ReportColumns.Column> COLUMNS = ReportColumns.all().subList(1, ReportColumns.all().size());

    static final StructType SCHEMA = schema();


    private ReportRows() {
    }

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("path", DataTypes.StringType, false));
        for (ReportColumns.Column column : COLUMNS) {
            fields.add(DataTypes.createStructField(column.name(), type(column.kind()), true));
        }
        fields.add(DataTypes.createStructField("anomalyDetails", DataTypes.createArrayType(ANOMALY, false), true));
        fields.add(DataTypes.createStructField("json", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("model", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("reason", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("message", DataTypes.StringType, true));
        return DataTypes.createStructType(fields);
    }

    private static DataType type(ReportColumns.Kind kind) {
        return switch (kind) {
            case TEXT -> DataTypes.StringType;
            case COUNT -> DataTypes.IntegerType;
            case NUMBER -> CELL;
        };
    }

    /** A report's row; {@code model} is the report's codec tree as JSON, kept for the cross-report step. */
    static Row report(String path, String sha256, Report report, String model, Optional<Duplicates.Copy> duplicate,
                      Language language) {
        Object[] values = new Object[SCHEMA.size()];
        values[0] = path;
        List<String> cells = ReportColumns.row(new ReportColumns.Row(path, sha256, report, duplicate));
        for (int i = 0; i < COLUMNS.size(); i++) {
            values[i + 1] = value(COLUMNS.get(i).kind(), cells.get(i + 1));
        }
        int next = COLUMNS.size() + 1;
        values[next] = report.anomalies().stream().map(anomaly -> anomaly(anomaly, language)).toArray(Row[]::new);
        values[next + 1] = ReportJson.datasetLine(report, language, duplicate);
        values[next + 2] = model;
        return RowFactory.create(values);
    }

    /** The row of a file that could not be read: its path, SHA-256 (null when unknown) and why. */
    static Row failure(String path, String sha256, String reason, String message) {
        Object[] values = new Object[SCHEMA.size()];
        values[0] = path;
        values[SCHEMA.fieldIndex("sha256")] = sha256;
        values[SCHEMA.size() - 2] = reason;
        values[SCHEMA.size() - 1] = message;
        return RowFactory.create(values);
    }

    /** The row with the columns of {@link #SCHEMA} only, where a join added some after them. */
    static Row fields(Row row) {
        Object[] values = new Object[SCHEMA.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i);
        }
        return RowFactory.create(values);
    }

    private static Object value(ReportColumns.Kind kind, String text) {
        if (text.isEmpty()) {
            return null;
        }
        return switch (kind) {
            case TEXT -> text;
            case COUNT -> Integer.valueOf(text);
            case NUMBER -> cell(new BigDecimal(text));
        };
    }

    /** The number as the decimal column holds it, or null where it does not fit. */
    static BigDecimal cell(BigDecimal number) {
        try {
            BigDecimal scaled = number.setScale(CELL.scale());
            return scaled.precision() <= CELL.precision() ? scaled : null;
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static Row anomaly(Anomaly anomaly, Language language) {
        Location location = anomaly.location();
        return RowFactory.create(anomaly.code().name(), anomaly.severity().key(),
                location.section() > 0 ? location.section() : null, blank(location.table()), blank(location.row()),
                blank(location.column()), location.origin() == Origin.UNKNOWN ? null : location.origin().describe(),
                anomaly.expected().map(ReportRows::cell).orElse(null), anomaly.actual().map(ReportRows::cell).orElse(null),
                anomaly.message().in(language), blank(anomaly.quote()));
    }

    private static String blank(String text) {
        return text.isEmpty() ? null : text;
    }
}
