package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.gongkai.Gongkai;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import picocli.CommandLine;

/**
 * A corpus folder made from every report fixture under {@code testdata/} (whatever formats exist), nested,
 * plus a byte-identical copy, unreadable files of several kinds, a news page without a report, hidden
 * entries and a symbolic link loop. Tests of a command's behaviour run over a {@linkplain #sample sample} of
 * one report a format; tests of every fixture read the {@linkplain #shared whole corpus}, built and parsed once
 * a JVM; the whole-corpus runs of behaviour tests are tagged {@code slow} and run with {@code -P full}.
 */
public final class TestCorpus {
    public static final Path TESTDATA = Path.of(System.getProperty("gongkai.testdata", "../testdata")).toAbsolutePath().normalize();

    /** Files beside the fixtures that are not reports: expectations, goldens, generator scripts, notes. */
    private static final Set<String> NOT_FIXTURES = Set.of(".json", ".tsv", ".py", ".sh", ".md");

    /** The unreadable files added, by name, with the reason each must fail with (null: any reason). */
    public static final Map<String, String> UNREADABLE = Map.of(
            "incoming/empty.txt", "UNSUPPORTED_FORMAT",
            "incoming/random.bin", "UNSUPPORTED_FORMAT",
            "incoming/attachments/archive.zip", "UNSUPPORTED_FORMAT",
            "incoming/attachments/letter.rtf", "UNSUPPORTED_FORMAT",
            "incoming/attachments/truncated.pdf", "",
            "incoming/news/town-news.txt", "NO_REPORT");

    /**
     * The fixtures of the {@linkplain #sample sample}: a report of each format and layout family the
     * readers have (text, piped rows, HTML, PDF, DOCX, DOC, traditional characters, Markdown) and one with a
     * broken identity.
     */
    private static final List<String> SAMPLE = List.of(
            "seed/000_a52c36ee9163b5ed.txt",
            "text/county-2022-rows-piped.txt",
            "text/broken/applications-balance-broken.txt",
            "html/separate-tables-street-2024.html",
            "pdf/city-2024-large-numbers.pdf",
            "docx/county-2023-auto-numbered.docx",
            "docx/county-2023-auto-numbered.doc",
            "docx/district-2022-traditional.docx",
            "markdown/county-2022-pandoc-html-table-grid-table.md");

    /** A byte-identical copy of the seed, and the seed's name in the corpus. */
    public static final String SEED_COPY = "mirror/deep/copy-of-seed.txt";
    public static final String SEED = "fixtures/seed/000_a52c36ee9163b5ed.txt";

    private TestCorpus() {
    }

    private static Shared shared;

    /** Builds the corpus under {@code folder}; returns the names of the files a run must read, sorted. */
    public static List<String> build(Path folder) throws IOException {
        return build(folder, fixtures());
    }

    /**
     * Builds the corpus under {@code folder} with only the sample's fixtures, and everything else the whole
     * corpus has; returns the names of the files a run must read, sorted.
     */
    public static List<String> sample(Path folder) throws IOException {
        List<Path> fixtures = new ArrayList<>();
        for (String name : SAMPLE) {
            fixtures.add(TESTDATA.resolve(name));
        }
        return build(folder, fixtures);
    }

    /**
     * The whole corpus, built once a JVM in a temporary folder (removed at exit), with what the facade makes of
     * each of its files: the reference that runs over it are compared with. Tests read it and never write there.
     */
    public static synchronized Shared shared() throws IOException {
        if (shared == null) {
            Path folder = Files.createTempDirectory("gongkai-corpus");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
            List<String> names = build(folder);
            Map<String, Report> reports = new ConcurrentSkipListMap<>();
            Map<String, String> failures = new ConcurrentSkipListMap<>();
            // Independent files: both cores parse them, as the commands' own runs do.
            names.parallelStream().forEach(name -> {
                try {
                    reports.put(name, Gongkai.parse(Files.readAllBytes(folder.resolve(name)), name));
                } catch (GongkaiException e) {
                    failures.put(name, e.reason().name());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            shared = new Shared(folder, names, Collections.unmodifiableMap(reports), Collections.unmodifiableMap(failures));
        }
        return shared;
    }

    /** Builds a corpus under a folder: {@link #build} or {@link #sample}. */
    @FunctionalInterface
    public interface Builder {
        /** Returns the names of the files a run must read, sorted. */
        List<String> build(Path folder) throws IOException;
    }

    /**
     * The whole corpus shared by a JVM's tests.
     *
     * @param folder   where it lies
     * @param names    the files a run must read, sorted
     * @param reports  what the facade makes of each file it reads, by name, in name order
     * @param failures the reason each other file fails with, by name, in name order
     */
    public record Shared(Path folder, List<String> names, Map<String, Report> reports, Map<String, String> failures) {
    }

    private static List<String> build(Path folder, List<Path> fixtures) throws IOException {
        List<String> names = new ArrayList<>();
        for (Path fixture : fixtures) {
            String name = "fixtures/" + TESTDATA.relativize(fixture).toString().replace('\\', '/');
            copy(fixture, folder.resolve(name));
            names.add(name);
        }
        copy(TESTDATA.resolve("seed/000_a52c36ee9163b5ed.txt"), folder.resolve(SEED_COPY));
        names.add(SEED_COPY);
        write(folder.resolve("incoming/empty.txt"), new byte[0]);
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        random[0] = 0; // not text in any encoding
        write(folder.resolve("incoming/random.bin"), random);
        write(folder.resolve("incoming/attachments/archive.zip"), zip());
        write(folder.resolve("incoming/attachments/letter.rtf"), "{\\rtf1\\ansi 年度报告}".getBytes(StandardCharsets.UTF_8));
        write(folder.resolve("incoming/attachments/truncated.pdf"),
                "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.US_ASCII));
        write(folder.resolve("incoming/news/town-news.txt"), String.join("\n",
                "镇里召开春季农业生产工作会议",
                "3月12日上午,镇党委召开春季农业生产工作会议,部署春耕备耕、农田水利和森林防火工作。",
                "会议要求各村抓好种子、化肥等农资供应,确保不误农时。",
                "会后,与会人员实地察看了高标准农田建设项目。").getBytes(StandardCharsets.UTF_8));
        names.addAll(UNREADABLE.keySet());
        write(folder.resolve(".DS_Store"), new byte[] {0, 0, 0, 1});
        write(folder.resolve("fixtures/.cache/ignored.txt"), "hidden".getBytes(StandardCharsets.UTF_8));
        try {
            Files.createSymbolicLink(folder.resolve("mirror/deep/loop"), folder.resolve("mirror"));
        } catch (UnsupportedOperationException | IOException e) {
            // A file system without links still gives a corpus, only without the loop.
        }
        return names.stream().sorted().toList();
    }

    /**
     * Every report fixture under {@code testdata/}, of any format, sorted; but the scans (under {@code scan/},
     * or named {@code *-scan*} beside other PDFs), which text recognition reads at seconds a page: the ocr and
     * PDF parser tests read them, ConvertCommandTest a scan through the command line, and here they would cost
     * every corpus run that time again.
     */
    public static List<Path> fixtures() throws IOException {
        Path scans = TESTDATA.resolve("scan");
        try (Stream<Path> files = Files.walk(TESTDATA)) {
            return files.filter(Files::isRegularFile).filter(file -> !file.startsWith(scans))
                    .filter(file -> !file.getFileName().toString().contains("-scan"))
                    .filter(file -> NOT_FIXTURES.stream().noneMatch(file.getFileName().toString()::endsWith))
                    .sorted().toList();
        }
    }

    private static void delete(Path folder) {
        // Not following links: the loop inside is removed as a link.
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            System.err.println("could not remove " + folder + ": " + e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static byte[] zip() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("report.txt"));
            zip.write("一、总体情况".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A CSV file's rows by column name, after checking its header. */
    public static List<Map<String, String>> csv(Path file, List<String> header) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        assertEquals(String.join(",", header), text.substring(0, text.indexOf('\n')), file + " header");
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            return rows.readAll();
        }
    }

    /** The names in a folder, sorted, without hidden ones. */
    public static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> !name.startsWith(".")).sorted().toList();
        }
    }

    /** What a command printed and returned. */
    public record Run(int exit, String out, String err) {
    }

    /** The command line as {@code gongkai} runs it, for tests outside its package. */
    public static CommandLine commandLine() {
        return Main.commandLine();
    }

    /** Runs the command line, capturing its output. */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(args).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
