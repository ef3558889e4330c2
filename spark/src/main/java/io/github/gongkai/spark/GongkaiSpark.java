package io.github.gongkai.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.github.gongkai.Limits;
import io.github.gongkai.model.GongkaiException.Reason;
import io.github.gongkai.model.Language;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.datasources.HadoopFsRelation;
import org.apache.spark.sql.execution.datasources.LogicalRelation;
import org.apache.spark.sql.execution.datasources.PartitioningAwareFileIndex;
import org.apache.spark.sql.internal.Literal;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A corpus of reports as a Spark {@link Dataset}, one row per file, read where the files lie (a local
 * folder, HDFS, S3) by Spark's binary file source and parsed on the executors.
 *
 * <pre>{@code
 * Dataset<Row> reports = GongkaiSpark.crossChecked(GongkaiSpark.reports(spark, "s3a://bucket/reports/2023/"));
 * reports.where("duplicateOf IS NULL").groupBy("year").sum("`applications.newlyReceived.total`");
 * }</pre>
 *
 * <p>The columns: {@code path}; then those of {@code reports.csv} after {@code file}, with the same names
 * ({@code sha256}, {@code format}, {@code body}, {@code year}, {@code template}, {@code anomalies.error}, …,
 * one decimal column per table cell such as {@code applications.newlyReceived.total}); {@code anomalyDetails},
 * the anomalies as structs with the columns of {@code anomalies.csv}; {@code json}, the report as a line of
 * {@code reports.jsonl}; {@code model}, the report with provenance for the cross-report step; and
 * {@code reason} and {@code message}, set only for a file that could not be read (every report column is
 * null then). Names with dots are quoted with backticks in expressions:
 * {@code col("`applications.newlyReceived.total`")}.
 */
public final class GongkaiSpark {
    private GongkaiSpark() {
    }

    /**
     * Every file under a path or glob, with messages in Chinese.
     *
     * @see #reports(SparkSession, String, Language)
     */
    public static Dataset<Row> reports(SparkSession spark, String path) {
        return reports(spark, path, Language.ZH);
    }

    /**
     * Every file under a path or glob (folders are walked), one row each, parsed with the library's default
     * settings: each file is bounded by {@link Limits#DEFAULT} (a file larger than its size limit is not even
     * loaded, and becomes a {@code TOO_LARGE} row), and a file that cannot be read becomes a row with its
     * reason. The reports are checked one by one; {@link #crossChecked(Dataset)} adds the checks that need
     * several.
     *
     * @param language the language of anomaly messages in {@code anomalyDetails} and {@code json}
     */
    public static Dataset<Row> reports(SparkSession spark, String path, Language language) {
        long maxBytes = Limits.DEFAULT.maxFileBytes();
        Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(path);
        // The source compares the length before it loads the content, so a huge file costs no memory.
        Dataset<Row> read = files.filter(col("length").leq(maxBytes)).select("path", "content")
                .mapPartitions(new ReadFiles(language), Encoders.row(ReportRows.SCHEMA));
        Dataset<Row> tooLarge = files.filter(col("length").gt(maxBytes)).select("path")
                .map((MapFunction<Row, Row>) file -> ReportRows.failure(file.getString(0), null, Reason.TOO_LARGE.name(),
                        "larger than " + maxBytes + " bytes"), Encoders.row(ReportRows.SCHEMA));
        Dataset<Row> empty = spark.createDataset(emptyFiles(files), Encoders.STRING()).toDF("path")
                .map((MapFunction<Row, Row>) file -> ReadFiles.read(file.getString(0), new byte[0], language),
                        Encoders.row(ReportRows.SCHEMA));
        return read.union(tooLarge).union(empty);
    }

    /**
     * The empty files of the source's listing, by the paths its scan gives ({@code file:/a b}). Spark plans no
     * split for an empty file, so the scan never shows one; the listing, made when the source was loaded (the
     * source's own index of a path or glob), has them with their length, and asking it costs no job.
     */
    private static List<String> emptyFiles(Dataset<Row> files) {
        return CollectionConverters.asJava(files.queryExecution().analyzed().collectLeaves()).stream()
                .filter(leaf -> leaf instanceof LogicalRelation relation && relation.relation() instanceof HadoopFsRelation)
                .map(leaf -> ((HadoopFsRelation) ((LogicalRelation) leaf).relation()).location())
                .filter(PartitioningAwareFileIndex.class::isInstance)
                .flatMap(index -> CollectionConverters.asJava(((PartitioningAwareFileIndex) index).allFiles()).stream())
                .filter(file -> file.getLen() == 0)
                .map(file -> file.getPath().toString())
                .toList();
    }

    /**
     * The reports with the checks that need several reports at once, as {@code dataset} writes them: year
     * over year, copied tables, aggregates against their units, and duplicates marked in {@code duplicateOf}
     * and {@code duplicateBy}. All reports are checked together, in one task, as {@code dataset} checks a
     * folder; for a national corpus see {@link #crossChecked(Dataset, Column, Language)}. That one task only
     * checks and says what it found; the rows are written again with the findings where they are. The rows
     * of {@code reports} are computed twice (their models for the checks, then every row), so persist them
     * first when they come straight from the files.
     *
     * @param reports rows of {@link #reports(SparkSession, String)}, messages in Chinese
     */
    public static Dataset<Row> crossChecked(Dataset<Row> reports) {
        return crossChecked(reports, lit(""), Language.ZH);
    }

    /**
     * The reports cross-checked region by region: the reports of one value of {@code region} are checked
     * together and searched for duplicates, in one task, and never against another region's. A region
     * should hold every report that relates to another (a body's years; a county and its units), as a folder
     * per province or prefecture does: {@code regexp_extract(col("path"), "/reports/([^/]+)/", 1)}.
     *
     * @param region   an expression on the rows naming each one's region
     * @param language the language the rows were read with
     */
    public static Dataset<Row> crossChecked(Dataset<Row> reports, Column region, Language language) {
        Dataset<Row> findings = reports.where(col("reason").isNull())
                .select(col("path"), col("sha256"), col("model"), region.as("_region"))
                .groupByKey((MapFunction<Row, String>) row -> String.valueOf(row.<Object>get(3)), Encoders.STRING())
                .flatMapGroups(new CrossCheck(), Encoders.row(CrossCheck.FINDINGS));
        if (region.node() instanceof Literal) {
            // One region: its findings are no more than its one task held, and every task gets them, so that
            // the rows stay where they were read and are not moved for the join.
            findings = broadcast(findings);
        }
        return reports.join(findings, reports.col("path").equalTo(findings.col("_path")), "left_outer")
                .map(new WithFindings(language), Encoders.row(ReportRows.SCHEMA));
    }
}
