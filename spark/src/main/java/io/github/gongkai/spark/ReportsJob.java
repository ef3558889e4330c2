package io.github.gongkai.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;

import io.github.gongkai.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The corpus job: {@code spark-submit --class io.github.gongkai.spark.ReportsJob gongkai-spark.jar IN OUT}
 * reads every file under {@code IN}, cross-checks the reports and writes {@code OUT/reports/} as Parquet
 * partitioned by {@code year} (files that could not be read, with their {@code reason}, under
 * {@code year=__HIVE_DEFAULT_PARTITION__}). Options: {@code --csv} also writes {@code OUT/reports-csv/}
 * (the {@code reports.csv} columns with {@code path}, {@code reason} and {@code message}) and
 * {@code OUT/anomalies-csv/} (one row per anomaly), both partitioned by year; {@code --lang en} writes the
 * messages in English; {@code --region REGEX} cross-checks region by region, the region being the regular
 * expression's first group in each path.
 */
public final class ReportsJob {
    private ReportsJob() {
    }

    public static void main(String[] args) {
        List<String> paths = new ArrayList<>();
        boolean csv = false;
        Language language = Language.ZH;
        Column region = lit("");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--csv" -> csv = true;
                case "--lang" -> language = Language.valueOf(value(args, ++i).toUpperCase(Locale.ROOT));
                case "--region" -> region = regexp_extract(col("path"), value(args, ++i), 1);
                default -> paths.add(args[i]);
            }
        }
        if (paths.size() != 2) {
            System.err.println("usage: ReportsJob IN OUT [--csv] [--lang zh|en] [--region REGEX]");
            System.exit(64);
        }
        SparkSession spark = SparkSession.builder().appName("gongkai reports").getOrCreate();
        try {
            write(spark, paths.get(0), paths.get(1), csv, language, region);
        } finally {
            spark.stop();
        }
    }

    /** Reads, cross-checks and writes the corpus. */
    static void write(SparkSession spark, String in, String out, boolean csv, Language language, Column region) {
        // The cross-report step reads the reports twice (their models to check, then every row to write), so
        // the files are read once and kept; so are the checked rows, written up to three times.
        Dataset<Row> read = GongkaiSpark.reports(spark, in, language).persist(StorageLevel.MEMORY_AND_DISK());
        // Built before it is used: the two steps would otherwise each compute it, at the same time.
        read.count();
        // As many writers as cores, not one per split of the input: each task writes a file per year, and a
        // Parquet file of some 400 columns costs its setup whatever few rows it holds.
        Dataset<Row> reports = GongkaiSpark.crossChecked(read, region, language).drop("model")
                .coalesce(spark.sparkContext().defaultParallelism());
        if (csv) {
            reports = reports.persist(StorageLevel.MEMORY_AND_DISK());
        }
        try {
            reports.write().mode(SaveMode.Overwrite).partitionBy("year").parquet(out + "/reports");
            if (csv) {
                reports.drop("anomalyDetails", "json").write().mode(SaveMode.Overwrite).partitionBy("year")
                        .option("header", "true").csv(out + "/reports-csv");
                reports.select(col("path"), col("year"), explode(col("anomalyDetails")).as("anomaly"))
                        .select("path", "year", "anomaly.*").write().mode(SaveMode.Overwrite).partitionBy("year")
                        .option("header", "true").csv(out + "/anomalies-csv");
            }
        } finally {
            reports.unpersist();
            read.unpersist();
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            System.err.println(args[i - 1] + " needs a value");
            System.exit(64);
        }
        return args[i];
    }
}
