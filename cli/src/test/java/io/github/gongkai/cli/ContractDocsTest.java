package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongkai.model.ActiveItem;
import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.CaseGroup;
import io.github.gongkai.model.CaseOutcome;
import io.github.gongkai.model.Keyed;
import io.github.gongkai.model.Measure;
import io.github.gongkai.model.RowKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project's docs stand alone: they explain the template and the JSON contract themselves, name every key
 * the code writes, and link only to files inside the repository.
 */
class ContractDocsTest {
    private static final Path ROOT = TestCorpus.TESTDATA.getParent();
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#]+)(#[^)]*)?\\)");
    private static final List<Class<? extends Keyed>> KEYS = List.of(ActiveItem.class, Measure.class, RowKey.class,
            Applicant.class, CaseGroup.class, CaseOutcome.class);

    @Test
    void theJsonAndTemplateDocsNameEveryKeyOfTheTables() throws IOException {
        String json = read(ROOT.resolve("docs/json.md"));
        String template = read(ROOT.resolve("docs/template.md"));
        for (Class<? extends Keyed> type : KEYS) {
            for (Keyed key : type.getEnumConstants()) {
                assertTrue(json.contains("`" + key.key() + "`"), type.getSimpleName() + " " + key.key() + " in json.md");
                assertTrue(template.contains("`" + key.key() + "`"), type.getSimpleName() + " " + key.key() + " in template.md");
            }
        }
    }

    @Test
    void theJsonDocNamesEveryPropertyOfTheSchema() throws IOException {
        String json = read(ROOT.resolve("docs/json.md"));
        JsonNode schema = new ObjectMapper().readTree(ROOT.resolve(
                "core/src/main/resources/io/github/gongkai/json/report.schema.json").toFile());
        List<String> names = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        for (String object : List.of("source", "report")) {
            schema.path("properties").path(object).path("properties").fieldNames().forEachRemaining(names::add);
        }
        schema.path("properties").path("anomalies").path("items").path("properties").fieldNames().forEachRemaining(names::add);
        schema.path("properties").path("checks").path("items").path("properties").fieldNames().forEachRemaining(names::add);
        schema.path("$defs").path("location").path("properties").fieldNames().forEachRemaining(names::add);
        assertTrue(names.size() > 25, names.toString());
        names.forEach(name -> assertTrue(json.contains("`" + name + "`"), name + " in json.md"));
    }

    @Test
    void everyLinkOfTheDocsStaysInsideTheRepository() throws IOException {
        List<Path> docs;
        try (Stream<Path> files = Files.walk(ROOT)) {
            docs = files.filter(file -> file.toString().endsWith(".md"))
                    .filter(file -> !ROOT.relativize(file).toString().contains("target"))
                    .filter(file -> !ROOT.relativize(file).startsWith(".git"))
                    // Markdown under testdata is a report being read, not documentation, except a folder's README.
                    .filter(file -> !ROOT.relativize(file).startsWith("testdata")
                            || file.getFileName().toString().equals("README.md")).toList();
        }
        assertTrue(docs.contains(ROOT.resolve("README.md")));
        List<String> outside = new ArrayList<>();
        for (Path doc : docs) {
            String text = read(doc);
            if (text.contains("../shared")) {
                outside.add(ROOT.relativize(doc) + " mentions ../shared");
            }
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String target = link.group(1).strip();
                if (target.contains("://") || target.startsWith("mailto:")) {
                    continue;
                }
                Path resolved = doc.getParent().resolve(target).normalize();
                if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
                    outside.add(ROOT.relativize(doc) + " links " + target);
                }
            }
        }
        assertEquals(List.of(), outside);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
