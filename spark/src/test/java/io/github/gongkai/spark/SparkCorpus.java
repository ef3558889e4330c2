package io.github.gongkai.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A corpus folder made from fixtures of every format (text, Markdown, HTML, PDF, DOCX, DOC), the reports
 * the corpus checks are about (years of a body, aggregates and their units), broken copies, the hostile
 * files, a byte-identical copy and files that are no report at all.
 */
final class SparkCorpus {
    static final Path TESTDATA = Path.of(System.getProperty("gongkai.testdata", "../testdata")).toAbsolutePath().normalize();
    /** A byte-identical copy of the seed. */
    static final String SEED_COPY = "copies/seed-again.txt";
    static final String SEED = "seed/000_a52c36ee9163b5ed.txt";

    private SparkCorpus() {
    }

    static void build(Path folder) throws IOException {
        for (String fixtures : List.of("docx", "text/corpus", "text/broken", "hostile", "markdown")) {
            copyTree(folder, fixtures, Integer.MAX_VALUE);
        }
        copyTree(folder, "html", 4);
        copyTree(folder, "pdf", 4);
        copyTree(folder, "seed", 1);
        Files.createDirectories(folder.resolve("copies"));
        Files.copy(TESTDATA.resolve(SEED), folder.resolve(SEED_COPY));
        // A name that is written one way as an address (%20, UTF-8 escapes) and another as a path.
        Files.copy(TESTDATA.resolve("text/corpus/year-over-year/education-2021.txt"), folder.resolve("copies/教育局 2021 (副本).txt"));
        Files.write(folder.resolve("copies/empty.txt"), new byte[0]);
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        random[0] = 0;
        Files.write(folder.resolve("copies/random.bin"), random);
        Files.writeString(folder.resolve("copies/news.txt"), "镇里召开春季农业生产工作会议\n3月12日上午,镇党委召开会议,部署春耕备耕工作。\n",
                StandardCharsets.UTF_8);
    }

    /** Copies the report files of a fixture folder (not goldens, expectations or scripts), the first {@code limit}. */
    private static void copyTree(Path folder, String fixtures, int limit) throws IOException {
        Path from = TESTDATA.resolve(fixtures);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).filter(SparkCorpus::isFixture).sorted().toList();
        }
        int copied = 0;
        for (Path file : files) {
            if (copied++ >= limit) {
                break;
            }
            Path to = folder.resolve(fixtures).resolve(from.relativize(file).toString());
            Files.createDirectories(to.getParent());
            Files.copy(file, to);
        }
    }

    private static boolean isFixture(Path file) {
        String name = file.getFileName().toString();
        return Stream.of(".json", ".tsv", ".py", ".sh", ".java").noneMatch(name::endsWith) && !name.equals("README.md");
    }
}
