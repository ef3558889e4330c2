package io.github.gongkai.cli.bench;

import com.sun.management.OperatingSystemMXBean;
import io.github.gongkai.Gongkai;
import io.github.gongkai.cli.ExitCodes;
import io.github.gongkai.cli.Main;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.GongkaiException;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The performance targets, each measured against the library beneath it in the same run, the two taking
 * turns so that the machine's load touches both alike: warm, in this JVM, from the file's bytes to the JSON
 * against the library's read of the same bytes; whole process, {@code gongkai convert FILE} in a fresh JVM
 * (through the class-data-sharing archive the build ships, as the launcher runs it) against a fresh JVM
 * that reads the file with the library alone ({@link FloorProcess}).
 */
final class Targets {
    /** The inputs, by the name {@code --target NAME=FILE} gives them. */
    enum Input {
        PAGE("page", "report page (HTML)"),
        LARGE_PAGE("large-page", "large page (HTML)"),
        PDF("pdf", "short PDF"),
        LARGE_PDF("large-pdf", "long PDF"),
        DOCX("docx", "report DOCX"),
        /** A folder converted by {@code convert -o} on one thread and on two: the floor is the two-thread run. */
        THREADS("threads", "1 thread against 2 (convert -o, a folder)");

        final String key;
        final String label;

        Input(String key, String label) {
            this.key = key;
            this.label = label;
        }

        static Input of(String key) {
            for (Input input : values()) {
                if (input.key.equals(key)) {
                    return input;
                }
            }
            throw new IllegalArgumentException("no target input " + key);
        }
    }

    /** How one row is measured and what it must reach: at most maxRatio or maxMillis, or at least minRatio. */
    private record Row(Input input, boolean warm, double maxRatio, double maxMillis, double minRatio) {
        Row(Input input, boolean warm, double maxRatio, double maxMillis) {
            this(input, warm, maxRatio, maxMillis, 0);
        }
    }

    /** The rows: HTML warm at twice jsoup; whole processes within 1.3 × the library, a page in 400 ms. */
    private static final List<Row> ROWS = List.of(
            new Row(Input.PAGE, true, 2.0, 0),
            new Row(Input.LARGE_PAGE, true, 2.0, 0),
            new Row(Input.PAGE, false, 0, 400),
            new Row(Input.PDF, false, 1.3, 0),
            new Row(Input.LARGE_PDF, false, 1.3, 0),
            new Row(Input.LARGE_PDF, true, 1.3, 0),
            new Row(Input.DOCX, false, 1.3, 0),
            new Row(Input.THREADS, false, 0, 0, 1.8));

    private static final long CHILD_TIMEOUT_SECONDS = 300;
    /** The class-data-sharing archive the build writes beside {@code gongkai.jar}. */
    static final String ARCHIVE = "gongkai.jsa";
    /**
     * The JVM options {@code bin/gongkai} starts a short run with (a convert of one file is one): C1 alone and
     * the serial collector, which take less processor time than C2 in a run of a second or two.
     */
    static final List<String> SHORT_RUN = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private Targets() {
    }

    /** Prints one Markdown row per target whose input was given. */
    static void print(PrintWriter out, Gongkai gongkai, Map<String, Path> files, int warmup, int rounds,
            int processes) throws IOException, InterruptedException, GongkaiException {
        out.println("| input | floor ms | gongkai ms | ratio | target | status | processor time ratio |");
        out.println("|---|---|---|---|---|---|---|");
        for (Row row : ROWS) {
            Path file = null;
            for (Map.Entry<String, Path> given : files.entrySet()) {
                if (Input.of(given.getKey()) == row.input()) {
                    file = given.getValue();
                }
            }
            if (file == null) {
                continue;
            }
            Samples floor = new Samples();
            Samples ours = new Samples();
            String processor = "-";
            if (row.input() == Input.THREADS) {
                threads(file, processes, floor, ours);
                out.println(line(row, file, floor.medianMillis(), ours.medianMillis()) + " " + processor + " |");
                out.flush();
                continue;
            }
            Format format = BenchFile.of(gongkai, file).format();
            if (row.warm()) {
                long[] cpu = warm(gongkai, format, file, warmup, rounds, floor, ours);
                processor = String.format(Locale.ROOT, "%.2f ×", (double) cpu[1] / cpu[0]);
            } else {
                whole(format, file, processes, floor, ours);
            }
            out.println(line(row, file, floor.medianMillis(), ours.medianMillis()) + " " + processor + " |");
            out.flush();
        }
    }

    private static String line(Row row, Path file, double floor, double ours) throws IOException {
        double ratio = ours / floor;
        boolean met = row.minRatio() > 0 ? ratio >= row.minRatio()
                : row.maxMillis() > 0 ? ours <= row.maxMillis() : ratio <= row.maxRatio();
        String target = row.minRatio() > 0 ? String.format(Locale.ROOT, "≥ %.1f ×", row.minRatio())
                : row.maxMillis() > 0 ? String.format(Locale.ROOT, "≤ %.0f ms", row.maxMillis())
                : String.format(Locale.ROOT, "≤ %.1f ×", row.maxRatio());
        return String.format(Locale.ROOT, "| %s, %s, %d KB | %.1f | %.1f | %.2f × | %s | %s |",
                row.input().label, row.warm() ? "warm" : "whole process",
                size(file) / 1024, floor, ours, ratio, target, met ? "met" : "not met");
    }

    /** The bytes of a file, or of every file under a folder. */
    private static long size(Path file) throws IOException {
        if (!Files.isDirectory(file)) {
            return Files.size(file);
        }
        try (Stream<Path> walk = Files.walk(file)) {
            return walk.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
    }

    /**
     * Bytes to JSON in this JVM, beside the library's read of the same bytes, after warm-up: the wall time
     * of each into the samples; returned, the JVM's processor time (every thread: the worker that reads,
     * the compiler, the collector) of the floor and of ours summed over the measured rounds, which a loaded
     * machine does not inflate. Summed, since the clock it is read from may tick as slowly as every 10 ms.
     */
    private static long[] warm(Gongkai gongkai, Format format, Path file, int warmup, int rounds, Samples floor,
            Samples ours) throws IOException, GongkaiException {
        String name = file.getFileName().toString();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] cpu = new long[2];
        long used = 0;
        for (int round = 0; round < warmup + rounds; round++) {
            byte[] bytes = Files.readAllBytes(file);
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            used += Floors.read(format, bytes);
            long t1 = System.nanoTime();
            long c1 = os.getProcessCpuTime();
            used += gongkai.json(gongkai.read(bytes, name)).length();
            long t2 = System.nanoTime();
            long c2 = os.getProcessCpuTime();
            if (round >= warmup) {
                floor.add(t1 - t0);
                ours.add(t2 - t1);
                cpu[0] += c1 - c0;
                cpu[1] += c2 - c1;
            }
        }
        if (used == 0) {
            throw new IllegalStateException("nothing read from " + file);
        }
        return cpu;
    }

    /**
     * Fresh JVMs in turn: the library alone (the JVM's default options, as a script calling it would run), then
     * {@code gongkai convert} as {@code bin/gongkai} starts it; wall time of each.
     */
    private static void whole(Format format, Path file, int processes, Samples floor, Samples ours)
            throws IOException, InterruptedException {
        String classPath = System.getProperty("java.class.path");
        List<String> library = command(List.of(), classPath, FloorProcess.class.getName(), format.name(),
                file.toString());
        List<String> options = new ArrayList<>(archive());
        options.addAll(SHORT_RUN);
        List<String> convert = command(options, classPath, Main.class.getName(), "convert", file.toString());
        run(library); // the first start reads the files from disk; later ones find them in the page cache
        run(convert);
        for (int i = 0; i < processes; i++) {
            floor.add(run(library));
            ours.add(run(convert));
        }
    }

    /**
     * Fresh JVMs in turn, {@code convert --fresh --no-ocr -o} over a folder: with two jobs into the floor's
     * samples, with one into ours, so that the ratio is how much faster two threads are. A folder of real
     * collections holds unreadable files too, so exit 2 (some files not read) counts as a run.
     */
    private static void threads(Path folder, int processes, Samples two, Samples one)
            throws IOException, InterruptedException {
        Path output = Files.createTempDirectory("gongkai-bench-threads");
        try {
            List<String> parallel = convert(folder, output, 2);
            List<String> single = convert(folder, output, 1);
            run(parallel, ExitCodes.UNREADABLE); // the first start reads the files from disk
            for (int i = 0; i < processes; i++) {
                two.add(run(parallel, ExitCodes.UNREADABLE));
                one.add(run(single, ExitCodes.UNREADABLE));
            }
        } finally {
            try (Stream<Path> walk = Files.walk(output)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static List<String> convert(Path folder, Path output, int jobs) {
        return command(archive(), System.getProperty("java.class.path"), Main.class.getName(), "convert",
                "--fresh", "--no-ocr", "--quiet", "-j", Integer.toString(jobs), "-o", output.toString(),
                folder.toString());
    }

    private static List<String> command(List<String> options, String classPath, String... main) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(options);
        command.add("-cp");
        command.add(classPath);
        command.addAll(List.of(main));
        return command;
    }

    /** The options that use the archive beside the jar this runs from, as the launcher does; none without one. */
    static List<String> archive() {
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path archive = jar.resolveSibling(ARCHIVE);
            return Files.isRegularFile(jar) && Files.isRegularFile(archive)
                    ? List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto")
                    : List.of();
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return List.of();
        }
    }

    private static long run(List<String> command) throws IOException, InterruptedException {
        return run(command, ExitCodes.OK);
    }

    /** Runs a command to its end, its wall time returned; exits other than 0 and {@code alsoFine} fail. */
    private static long run(List<String> command, int alsoFine) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process child = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!child.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            child.destroyForcibly().waitFor();
            throw new IOException("timed out: " + String.join(" ", command));
        }
        long nanos = System.nanoTime() - start;
        if (child.exitValue() != ExitCodes.OK && child.exitValue() != alsoFine) {
            throw new IOException("exit " + child.exitValue() + ": " + String.join(" ", command));
        }
        return nanos;
    }
}
