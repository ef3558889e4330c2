package io.github.gongkai.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gongkai.document.Origin;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.Check;
import io.github.gongkai.model.Keyed;
import io.github.gongkai.model.Language;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.Section;
import io.github.gongkai.model.Template;
import io.github.gongkai.model.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * Writes a report as the JSON of the contract (schema version 1): fixed keys in a fixed order, numbers as
 * JSON numbers, "not reported" as {@code null}. With provenance, a {@code provenance} object beside the tables
 * gives every value's raw text and source position, leaving the contract's shapes untouched. Anomaly messages
 * are written in the language asked for, English where none is.
 */
public final class ReportJson {
    /** The contract's version, written as {@code schemaVersion}. */
    public static final int SCHEMA_VERSION = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ReportJson() {
    }

    /** The report as indented JSON text, messages in English. */
    public static String write(Report report, boolean provenance) {
        return write(report, provenance, Language.EN);
    }

    /** The report as indented JSON text, messages in the given language. */
    public static String write(Report report, boolean provenance, Language language) {
        return TreeWriter.write(tree(report, provenance, language), true);
    }

    /** The report as JSON text on one line, for JSON Lines, messages in English. */
    public static String writeLine(Report report, boolean provenance) {
        return writeLine(report, provenance, Language.EN);
    }

    /** The report as JSON text on one line, for JSON Lines, messages in the given language. */
    public static String writeLine(Report report, boolean provenance, Language language) {
        return TreeWriter.write(tree(report, provenance, language), false);
    }

    /**
     * One line of a dataset's {@code reports.jsonl}: the report without provenance and, where it repeats an
     * earlier one, {@code duplicateOf} naming that report and how they were found alike.
     */
    public static String datasetLine(Report report, Language language, Optional<Duplicates.Copy> duplicateOf) {
        ObjectNode tree = tree(report, false, language);
        duplicateOf.ifPresent(copy -> tree.putObject("duplicateOf").put("file", copy.file()).put("by", copy.by()));
        return TreeWriter.write(tree, false);
    }

    /** The report as a JSON tree, messages in English. */
    static ObjectNode tree(Report report, boolean provenance) {
        return tree(report, provenance, Language.EN);
    }

    /** The report as a JSON tree, messages in the given language. */
    static ObjectNode tree(Report report, boolean provenance, Language language) {
        ObjectNode root = NODES.objectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode source = root.putObject("source");
        source.put("file", report.source().file());
        source.put("format", report.source().format().name());
        source.put("sha256", report.source().sha256());
        if (report.source().pages() > 0) {
            source.put("pages", report.source().pages());
        }
        if (!report.source().url().isEmpty()) {
            source.put("url", report.source().url());
        }
        if (!report.source().warnings().isEmpty()) {
            ArrayNode warnings = source.putArray("warnings");
            report.source().warnings().forEach(warnings::add);
        }
        ObjectNode info = root.putObject("report");
        info.put("title", report.info().title());
        info.put("body", report.info().body().orElse(null));
        if (report.info().year().isPresent()) {
            info.put("year", report.info().year().getAsInt());
        } else {
            info.putNull("year");
        }
        info.put("template", report.info().template().map(Template::key).orElse(null));
        root.set("sections", sections(report.sections()));
        Template template = report.info().template().orElse(Template.T2021);
        ObjectNode origins = NODES.objectNode();
        report.activeDisclosure().ifPresent(table -> root.set("activeDisclosure",
                figures(template.activeDisclosure(), table.rows(), origins.putObject("activeDisclosure"))));
        report.applications().ifPresent(table -> root.set("applications",
                figures(applicationRows(template), table.rows(), origins.putObject("applications"))));
        report.reviewLitigation().ifPresent(table -> root.set("reviewLitigation",
                figures(allColumns(table.rows()), table.rows(), origins.putObject("reviewLitigation"))));
        ArrayNode anomalies = root.putArray("anomalies");
        report.anomalies().forEach(anomaly -> anomalies.add(anomaly(anomaly, provenance, language)));
        ArrayNode checks = root.putArray("checks");
        report.checks().forEach(check -> checks.add(check(check, provenance)));
        if (provenance) {
            ArrayNode sections = origins.putArray("sections");
            report.sections().forEach(section -> sections.addObject().put("number", section.number())
                    .set("origin", origin(section.origin())));
            root.set("provenance", origins);
        }
        return root;
    }

    private static ArrayNode sections(List<Section> sections) {
        ArrayNode array = NODES.arrayNode();
        for (Section section : sections) {
            ObjectNode node = array.addObject();
            node.put("number", section.number());
            node.put("title", section.title());
            node.put("text", section.text());
            if (!section.subsections().isEmpty()) {
                node.set("subsections", sections(section.subsections()));
            }
        }
        return array;
    }

    private static Map<?, ? extends List<?>> applicationRows(Template template) {
        Map<Object, List<?>> rows = new java.util.LinkedHashMap<>();
        template.applicationRows().forEach(row -> rows.put(row, List.of(io.github.gongkai.model.Applicant.values())));
        return rows;
    }

    private static <R, C> Map<R, List<C>> allColumns(Map<R, Map<C, Value>> rows) {
        Map<R, List<C>> shape = new java.util.LinkedHashMap<>();
        rows.forEach((row, values) -> shape.put(row, List.copyOf(values.keySet())));
        return shape;
    }

    /** Writes every row and column of the template's shape, {@code null} where the report has no number. */
    private static ObjectNode figures(Map<?, ? extends List<?>> shape, Map<?, ? extends Map<?, Value>> rows,
                                      ObjectNode origins) {
        ObjectNode table = NODES.objectNode();
        shape.forEach((row, columns) -> {
            String rowKey = ((Keyed) row).key();
            ObjectNode values = table.putObject(rowKey);
            ObjectNode rowOrigins = NODES.objectNode();
            Map<?, Value> stated = rows.containsKey(row) ? rows.get(row) : Map.of();
            for (Object column : columns) {
                String columnKey = ((Keyed) column).key();
                Value value = stated.containsKey(column) ? stated.get(column) : Value.ABSENT;
                values.set(columnKey, number(value));
                if (value.state() != Value.State.ABSENT) {
                    ObjectNode cell = NODES.objectNode().put("raw", value.raw())
                            .put("state", value.state().name().toLowerCase(java.util.Locale.ROOT));
                    if (!value.unit().isEmpty()) {
                        cell.put("unit", value.unit());
                    }
                    if (value.reading() != Value.Reading.AS_WRITTEN) {
                        cell.put("reading", value.reading().name().toLowerCase(java.util.Locale.ROOT));
                    }
                    rowOrigins.set(columnKey, cell.set("origin", origin(value.origin())));
                }
            }
            if (!rowOrigins.isEmpty()) {
                origins.set(rowKey, rowOrigins);
            }
        });
        return table;
    }

    private static com.fasterxml.jackson.databind.JsonNode number(Value value) {
        return value.number().map(ReportJson::number).orElse(NODES.nullNode());
    }

    private static com.fasterxml.jackson.databind.JsonNode number(BigDecimal number) {
        BigDecimal plain = number.stripTrailingZeros();
        return plain.scale() <= 0 ? NODES.numberNode(plain.toBigIntegerExact()) : NODES.numberNode(plain);
    }

    private static ObjectNode anomaly(Anomaly anomaly, boolean provenance, Language language) {
        ObjectNode node = NODES.objectNode();
        node.put("code", anomaly.code().name());
        node.put("severity", anomaly.severity().key());
        node.put("message", anomaly.message().in(language));
        node.set("location", location(anomaly.location(), provenance));
        anomaly.expected().ifPresent(expected -> node.set("expected", number(expected)));
        anomaly.actual().ifPresent(actual -> node.set("actual", number(actual)));
        if (!anomaly.quote().isEmpty()) {
            node.put("quote", anomaly.quote());
        }
        return node;
    }

    private static ObjectNode check(Check check, boolean provenance) {
        ObjectNode node = NODES.objectNode();
        node.put("id", check.id());
        node.put("outcome", check.outcome().key());
        node.set("location", location(check.location(), provenance));
        return node;
    }

    private static ObjectNode location(Location location, boolean provenance) {
        ObjectNode node = NODES.objectNode();
        if (location.section() > 0) {
            node.put("section", location.section());
        }
        putIfPresent(node, "table", location.table());
        putIfPresent(node, "row", location.row());
        putIfPresent(node, "column", location.column());
        if (provenance && location.origin() != Origin.UNKNOWN) {
            node.set("origin", origin(location.origin()));
        }
        return node;
    }

    private static void putIfPresent(ObjectNode node, String key, String value) {
        if (!value.isEmpty()) {
            node.put(key, value);
        }
    }

    /** An origin as JSON: {@code {"line":12}}, {@code {"page":3,"bbox":[x,y,w,h]}} (with {@code "ocr":{"confidence":0.93}} where the text was recognised) or {@code {"path":"…"}}. */
    static ObjectNode origin(Origin origin) {
        ObjectNode node = NODES.objectNode();
        if (origin instanceof Origin.Line line) {
            node.put("line", line.line());
        } else if (origin instanceof Origin.Region region) {
            node.put("page", region.page());
            node.putArray("bbox").add(round(region.x())).add(round(region.y()))
                    .add(round(region.width())).add(round(region.height()));
        } else if (origin instanceof Origin.Recognized recognized) {
            node.setAll(origin(recognized.region()));
            node.putObject("ocr").put("confidence", Math.round(recognized.confidence() * 100) / 100.0);
        } else if (origin instanceof Origin.Path path) {
            node.put("path", path.path());
        }
        return node;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
