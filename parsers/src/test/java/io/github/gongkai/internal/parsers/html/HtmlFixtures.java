package io.github.gongkai.internal.parsers.html;

import io.github.gongkai.Limits;
import io.github.gongkai.document.Block;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Grid;
import io.github.gongkai.document.Paragraph;
import io.github.gongkai.document.Table;
import io.github.gongkai.internal.parsers.Input;
import io.github.gongkai.model.GongkaiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The saved pages of {@code testdata/html} (made by its make-fixtures.py) and small helpers over documents. */
final class HtmlFixtures {
    static final Path DIR = Path.of(System.getProperty("gongkai.testdata"), "html");

    private HtmlFixtures() {
    }

    /** Names of the fixtures that hold a report, each with its .txt and .expected.json. */
    static List<String> reports() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".expected.json"))
                    .map(n -> n.substring(0, n.length() - ".expected.json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document parse(String name) throws GongkaiException {
        return parse(name, Limits.DEFAULT);
    }

    static Document parse(String name, Limits limits) throws GongkaiException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(DIR.resolve(name + ".html"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HtmlParser().parse(new Input(name + ".html", bytes), limits);
    }

    static Document parseText(String html, Charset charset) throws GongkaiException {
        return parseBytes(html.getBytes(charset));
    }

    static Document parseBytes(byte[] bytes) throws GongkaiException {
        return new HtmlParser().parse(new Input("page.html", bytes), Limits.DEFAULT);
    }

    static String expectedText(String name) throws IOException {
        return Files.readString(DIR.resolve(name + ".txt"));
    }

    /** Every paragraph and cell text of the document. */
    static List<String> texts(Document document) {
        List<String> texts = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof Paragraph paragraph) {
                texts.add(paragraph.text());
            } else if (block instanceof Table table) {
                table.rows().forEach(row -> row.forEach(cell -> texts.add(cell.text())));
            }
        }
        return texts;
    }

    /** The first table with a cell holding the text. */
    static Table tableWith(Document document, String text) {
        for (Table table : document.tables()) {
            Grid grid = table.grid();
            for (int r = 0; r < grid.height(); r++) {
                for (int c = 0; c < grid.width(); c++) {
                    if (grid.at(r, c).text().contains(text)) {
                        return table;
                    }
                }
            }
        }
        throw new AssertionError("no table holds " + text);
    }
}
