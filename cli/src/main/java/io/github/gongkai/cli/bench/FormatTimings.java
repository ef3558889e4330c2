package io.github.gongkai.cli.bench;

import io.github.gongkai.Gongkai;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.Language;
import io.github.gongkai.model.Report;
import io.github.gongkai.view.ReportView;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The timings of one format's files. Each round reads every file three ways, in turn so that drift in the
 * machine's load touches all three alike: the floor (the format library alone), the full pipeline as
 * {@link Gongkai#read} runs it, and the pipeline stage by stage; then writes the report's audit view (what
 * {@code gongkai view} adds to parsing, PDF page pictures included).
 */
final class FormatTimings {
    private final Format format;
    private final Map<BenchFile, Samples> floorByFile = new LinkedHashMap<>();
    private final Map<BenchFile, Samples> pipelineByFile = new LinkedHashMap<>();
    private final Samples floor = new Samples();
    private final Samples pipeline = new Samples();
    private final Samples[] stages = {new Samples(), new Samples(), new Samples(), new Samples(), new Samples()};
    private final Samples view = new Samples();
    private long pipelineNanos;
    private int reports;

    private FormatTimings(Format format, List<BenchFile> files) {
        this.format = format;
        files.forEach(file -> {
            floorByFile.put(file, new Samples());
            pipelineByFile.put(file, new Samples());
        });
    }

    static FormatTimings measure(Gongkai gongkai, Format format, List<BenchFile> files, int warmup, int rounds)
            throws IOException, GongkaiException {
        FormatTimings timings = new FormatTimings(format, files);
        for (int round = 0; round < warmup + rounds; round++) {
            timings.round(gongkai, round >= warmup);
        }
        return timings;
    }

    private void round(Gongkai gongkai, boolean record) throws IOException, GongkaiException {
        for (BenchFile file : floorByFile.keySet()) {
            long t0 = System.nanoTime();
            if (Floors.exists(format)) {
                Floors.read(format, Files.readAllBytes(file.path()));
            }
            long t1 = System.nanoTime();
            Report report = gongkai.read(file.path());
            long t2 = System.nanoTime();
            StageRun run = StageRun.of(gongkai, file.path());
            long t3 = System.nanoTime();
            try (Writer out = Writer.nullWriter()) {
                ReportView.write(report, file.path(), Language.ZH, out);
            }
            long t4 = System.nanoTime();
            if (record) {
                floorByFile.get(file).add(t1 - t0);
                floor.add(t1 - t0);
                pipelineByFile.get(file).add(t2 - t1);
                pipeline.add(t2 - t1);
                pipelineNanos += t2 - t1;
                reports++;
                long[] byStage = {run.read(), run.normalise(), run.locate(), run.map(), run.check()};
                for (int i = 0; i < byStage.length; i++) {
                    stages[i].add(byStage[i]);
                }
                view.add(t4 - t3);
            }
        }
    }

    /**
     * One Markdown row: reports per second on one thread, median and p95 per report, the median of each
     * stage and of writing the view, the median floor, and the ratio of the pipeline's to the floor's time summed over the files
     * (each file by its median), so that large files weigh as much as they cost.
     */
    String summaryRow() {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %d | %.1f | %.2f | %.2f |",
                format, floorByFile.size(), reports / (pipelineNanos / 1e9), pipeline.medianMillis(),
                pipeline.p95Millis()));
        for (Samples stage : stages) {
            row.append(String.format(Locale.ROOT, " %.2f |", stage.medianMillis()));
        }
        row.append(String.format(Locale.ROOT, " %.2f |", view.medianMillis()));
        if (Floors.exists(format)) {
            row.append(String.format(Locale.ROOT, " %.2f | %.2f |", floor.medianMillis(), ratio()));
        } else {
            row.append(" - | - |");
        }
        return row.toString();
    }

    /** One Markdown row per file: its size, pages, median floor and pipeline, and their ratio. */
    List<String> fileRows() {
        return floorByFile.keySet().stream().map(file -> {
            double library = floorByFile.get(file).medianMillis();
            double ours = pipelineByFile.get(file).medianMillis();
            return Floors.exists(format)
                    ? String.format(Locale.ROOT, "| %s | %s | %d | %d | %.2f | %.2f | %.2f |", file.path().getFileName(),
                            format, file.bytes() / 1024, file.pages(), library, ours, ours / library)
                    : String.format(Locale.ROOT, "| %s | %s | %d | %d | - | %.2f | - |", file.path().getFileName(),
                            format, file.bytes() / 1024, file.pages(), ours);
        }).toList();
    }

    private double ratio() {
        double ours = pipelineByFile.values().stream().mapToDouble(Samples::medianMillis).sum();
        double floor = floorByFile.values().stream().mapToDouble(Samples::medianMillis).sum();
        return ours / floor;
    }
}
