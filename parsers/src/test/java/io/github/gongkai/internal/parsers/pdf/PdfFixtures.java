package io.github.gongkai.internal.parsers.pdf;

import io.github.gongkai.Limits;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Grid;
import io.github.gongkai.document.Table;
import io.github.gongkai.internal.parsers.Input;
import io.github.gongkai.model.GongkaiException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reading the PDF fixtures and the published reports under ../shared/corpus in tests. */
final class PdfFixtures {
    private PdfFixtures() {
    }

    static Path fixture(String name) {
        return Path.of(System.getProperty("gongkai.testdata"), "pdf", name);
    }

    static Path corpus(String name) {
        return Path.of(System.getProperty("gongkai.testdata")).resolve("../../shared/corpus").resolve(name)
                .normalize();
    }

    static Document parse(Path file) throws IOException {
        return parse(file, Limits.DEFAULT);
    }

    static Document parse(Path file, Limits limits) throws IOException {
        return new PdfParser().parse(new Input(file.getFileName().toString(), Files.readAllBytes(file)), limits);
    }

    static Document parse(byte[] bytes) throws GongkaiException {
        return new PdfParser().parse(new Input("test.pdf", bytes), Limits.DEFAULT);
    }

    /** The first table with a cell holding {@code text}. */
    static Table tableWith(Document document, String text) {
        for (Table table : document.tables()) {
            if (!rowsWith(table.grid(), text).isEmpty()) {
                return table;
            }
        }
        throw new AssertionError("no table with " + text);
    }

    /** Indices of the rows with a cell whose text, spaces aside, starts with {@code text}. */
    static List<Integer> rowsWith(Grid grid, String text) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < grid.height(); r++) {
            for (int c = 0; c < grid.width(); c++) {
                if (grid.textAt(r, c).replaceAll("\\s", "").startsWith(text)) {
                    rows.add(r);
                    break;
                }
            }
        }
        return rows;
    }

    /** The texts of a row's last {@code count} positions. */
    static List<String> lastValues(Grid grid, int row, int count) {
        List<String> values = new ArrayList<>();
        for (int c = grid.width() - count; c < grid.width(); c++) {
            values.add(grid.textAt(row, c));
        }
        return values;
    }
}
