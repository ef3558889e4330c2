package io.github.gongkai.cli.bench;

import io.github.gongkai.Gongkai;
import io.github.gongkai.cli.ExitCodes;
import io.github.gongkai.cli.Printable;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.GongkaiException;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai bench}: what the pipeline costs per report, stage by stage, beside what the format
 * libraries cost to read the same files at all, and how it scales with threads and heap.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measures the pipeline against the format libraries.",
        description = {"Measures the pipeline on every report under the folders, per format and per file, after",
                "warm-up: milliseconds per report by stage, the format library's own cost (the floor) and our",
                "ratio to it; then throughput on 1 and N threads and the heap the largest file needs.",
                "Files that hold no readable report are left out. Prints Markdown tables."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "DIR", description = "folders of reports, searched recursively")
    private List<Path> folders = List.of();

    @Option(names = "--target", paramLabel = "INPUT=FILE",
            description = {"measure the performance targets on these files first (INPUT: page, large-page, pdf,",
                    "large-pdf, docx), each against its library in the same run, warm and as whole processes;",
                    "threads=DIR: convert -o over a folder on 1 thread against 2"})
    private Map<String, Path> targets = Map.of();

    @Option(names = "--processes", defaultValue = "5",
            description = "fresh JVMs of each kind per whole-process target (default: ${DEFAULT-VALUE})")
    private int processes;

    @Option(names = "--include", defaultValue = "*", paramLabel = "GLOB",
            description = "only files whose name matches, such as '*.{pdf,html}' (default: every file)")
    private String include;

    @Option(names = "--warmup", defaultValue = "5", description = "rounds over every file before measuring (default: ${DEFAULT-VALUE})")
    private int warmup;

    @Option(names = "--rounds", defaultValue = "15", description = "measured rounds over every file (default: ${DEFAULT-VALUE})")
    private int rounds;

    @Option(names = "--threads", description = "threads for the throughput run (default: the processors, at least 2)")
    private Integer threads;

    @Option(names = "--min-heap", description = "also search, in fresh JVMs, the smallest -Xmx that converts the largest file")
    private boolean minHeap;

    @Override
    public Integer call() throws IOException, InterruptedException, ExecutionException, GongkaiException {
        PrintWriter out = spec.commandLine().getOut();
        Gongkai gongkai = Gongkai.builder().build();
        for (String input : targets.keySet()) {
            try {
                Targets.Input.of(input);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--target: unknown input '" + input
                        + "' (page, large-page, pdf, large-pdf, docx, threads)");
            }
        }
        if (folders.isEmpty() && targets.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give folders of reports, --target INPUT=FILE, or both");
        }
        if (!targets.isEmpty()) {
            machine(out);
            out.println();
            Targets.print(out, gongkai, targets, warmup, rounds, processes);
            if (folders.isEmpty()) {
                return ExitCodes.OK;
            }
            out.println();
        }
        Map<Format, List<BenchFile>> byFormat = readable(gongkai, out);
        if (byFormat.isEmpty()) {
            spec.commandLine().getErr().println("gongkai: no readable report under " + folders);
            return ExitCodes.UNREADABLE;
        }
        if (targets.isEmpty()) {
            machine(out);
            out.println();
        }
        out.println("| format | files | reports/s | median ms | p95 ms | read | normalise | locate | map | check | view | floor ms | ratio to floor |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        List<String> perFile = new ArrayList<>();
        for (Map.Entry<Format, List<BenchFile>> entry : byFormat.entrySet()) {
            FormatTimings timings = FormatTimings.measure(gongkai, entry.getKey(), entry.getValue(), warmup, rounds);
            out.println(timings.summaryRow());
            out.flush();
            perFile.addAll(timings.fileRows());
        }
        out.println();
        out.println("| file | format | KB | pages | floor ms | pipeline ms | ratio |");
        out.println("|---|---|---|---|---|---|---|");
        perFile.forEach(row -> out.println(Printable.line(row)));

        List<BenchFile> all = byFormat.values().stream().flatMap(List::stream).toList();
        List<Path> paths = all.stream().map(BenchFile::path).toList();
        int many = threads != null ? threads : Math.max(2, Runtime.getRuntime().availableProcessors());
        // Compilation goes on long after the per-format rounds; on two cores it takes one from the workers.
        Throughput.measure(gongkai, paths, many, warmup);
        Throughput one = Throughput.measure(gongkai, paths, 1, rounds);
        Throughput parallel = Throughput.measure(gongkai, paths, many, rounds);
        out.println();
        out.printf(Locale.ROOT, "throughput: %.1f reports/s on 1 thread (%.2f cores used), %.1f on %d threads"
                        + " (%.2f cores used), scaling %.2fx%n", one.reportsPerSecond(), one.coresUsed(),
                parallel.reportsPerSecond(), many, parallel.coresUsed(),
                parallel.reportsPerSecond() / one.reportsPerSecond());

        BenchFile largest = all.stream().max(Comparator.comparingLong(BenchFile::bytes)).orElseThrow();
        out.printf(Locale.ROOT, "largest file: %s (%d KB), peak heap while reading it %d MB%n",
                Printable.line(largest.path().toString()),
                largest.bytes() / 1024, HeapProbe.peakHeapBytes(gongkai, largest.path()) / (1024 * 1024));
        if (minHeap) {
            out.flush();
            HeapProbe.smallestXmxMb(largest.path()).ifPresentOrElse(
                    mb -> out.printf(Locale.ROOT, "smallest -Xmx that converts it: %d MB%n", mb),
                    () -> out.println("smallest -Xmx that converts it: more than the probe's ceiling"));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The files that hold a readable report, by format, read once each (which also starts the warm-up). */
    private Map<Format, List<BenchFile>> readable(Gongkai gongkai, PrintWriter out) throws IOException {
        Map<Format, List<BenchFile>> byFormat = new EnumMap<>(Format.class);
        int skipped = 0;
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + include);
        for (Path folder : folders) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(folder)) {
                files = walk.filter(Files::isRegularFile).filter(file -> matcher.matches(file.getFileName()))
                        .sorted().toList();
            }
            for (Path file : files) {
                try {
                    BenchFile bench = BenchFile.of(gongkai, file);
                    byFormat.computeIfAbsent(bench.format(), f -> new ArrayList<>()).add(bench);
                } catch (GongkaiException e) {
                    skipped++;
                }
            }
        }
        out.printf(Locale.ROOT, "%d files with a readable report, %d others left out%n",
                byFormat.values().stream().mapToInt(List::size).sum(), skipped);
        return byFormat;
    }

    private static void machine(PrintWriter out) {
        Runtime runtime = Runtime.getRuntime();
        out.printf(Locale.ROOT, "machine: %s %s, %d processors, load average %.2f, Java %s, max heap %d MB%n",
                System.getProperty("os.name"), System.getProperty("os.arch"), runtime.availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.version"), runtime.maxMemory() / (1024 * 1024));
    }
}
