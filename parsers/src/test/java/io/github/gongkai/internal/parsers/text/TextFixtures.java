package io.github.gongkai.internal.parsers.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongkai.Limits;
import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Table;
import io.github.gongkai.internal.parsers.Input;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The text fixtures under testdata/text and what tests need to read them. */
final class TextFixtures {
    static final Path TESTDATA = Path.of(System.getProperty("gongkai.testdata"));
    static final Path TEXT = TESTDATA.resolve("text");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TextFixtures() {
    }

    /** Names of the clean fixtures: every NAME with a NAME.expected.json. */
    static Stream<String> cleanNames() throws IOException {
        try (Stream<Path> files = Files.list(TEXT)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".expected.json"))
                    .map(n -> n.substring(0, n.length() - ".expected.json".length()))
                    .sorted().toList().stream();
        }
    }

    /**
     * The clean fixtures whose tables and headings are laid out as the template lays them out: all but those
     * listed in {@code layout-variants.tsv}, which only the mapping has to read.
     */
    static Stream<String> templateLayoutNames() throws IOException {
        Set<String> variants = Files.readAllLines(TEXT.resolve("layout-variants.tsv"), StandardCharsets.UTF_8).stream()
                .skip(1).map(line -> line.substring(0, line.indexOf(".txt\t"))).collect(Collectors.toSet());
        return cleanNames().filter(name -> !variants.contains(name));
    }

    /** Every text file the parser must read: clean and broken fixtures and the seed. */
    static Stream<Path> allInputs() throws IOException {
        try (Stream<Path> clean = Files.list(TEXT); Stream<Path> broken = Files.list(TEXT.resolve("broken"));
             Stream<Path> seed = Files.list(TESTDATA.resolve("seed"))) {
            return Stream.of(clean, broken, seed).flatMap(s -> s)
                    .filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    static Document parse(Path file) throws IOException {
        return new TextParser().parse(new Input(file.getFileName().toString(), Files.readAllBytes(file)), Limits.DEFAULT);
    }

    static Document parseFixture(String name) throws IOException {
        return parse(TEXT.resolve(name + ".txt"));
    }

    static JsonNode expected(String name) throws IOException {
        return JSON.readTree(TEXT.resolve(name + ".expected.json").toFile());
    }

    /** Text as the label matcher compares it: normalised, without white space. */
    static String plain(String text) {
        return io.github.gongkai.internal.text.Normalizer.label(text);
    }

    /** A cell's number, or null where it is no number. */
    static BigDecimal number(Cell cell) {
        String text = plain(cell.text()).replace(",", "");
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The first table with a row whose first cell, made plain, starts with the label. */
    static Table tableWithRow(Document document, String label) {
        return document.tables().stream()
                .filter(t -> t.rows().stream().anyMatch(r -> !r.isEmpty() && plain(r.get(0).text()).startsWith(label)))
                .findFirst().orElseThrow(() -> new AssertionError("no table has a row " + label));
    }

    /** The rows of a table that hold numbers: each as its label cells and its number cells. */
    static List<DataRow> dataRows(Table table) {
        return table.rows().stream().filter(r -> r.stream().anyMatch(c -> number(c) != null))
                .map(DataRow::of).toList();
    }

    /**
     * A row split into the label cells before the first number and the cells from the first number on.
     *
     * @param label  the label cells, made plain and joined
     * @param values the numbers, in order
     */
    record DataRow(String label, List<BigDecimal> values) {
        static DataRow of(List<Cell> row) {
            int first = 0;
            while (number(row.get(first)) == null) {
                first++;
            }
            StringBuilder label = new StringBuilder();
            row.subList(0, first).forEach(c -> label.append(plain(c.text())));
            List<BigDecimal> values = row.subList(first, row.size()).stream().map(TextFixtures::number).toList();
            return new DataRow(label.toString(), values);
        }
    }
}
