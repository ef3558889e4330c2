package io.github.gongkai.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gongkai.document.Origin;
import io.github.gongkai.model.ActiveItem;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.CaseGroup;
import io.github.gongkai.model.CaseOutcome;
import io.github.gongkai.model.Check;
import io.github.gongkai.model.Figures;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.Keyed;
import io.github.gongkai.model.Language;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Measure;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.ReportInfo;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.Section;
import io.github.gongkai.model.Severity;
import io.github.gongkai.model.Source;
import io.github.gongkai.model.Template;
import io.github.gongkai.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A report as JSON text and back, for keeping parse results between runs. The text is the contract's JSON
 * with provenance (which carries every value's state, raw text and origin), plus the sections' raw text and
 * the anomaly messages in Chinese, so that the report read back is the report written.
 *
 * <p>An application that keeps reports should send every report through this round trip, whether it was just
 * parsed or kept from an earlier run, so that a resumed run writes exactly what an uninterrupted one does.
 */
public final class ReportCodec {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ReportCodec() {
    }

    /** The JSON text to keep for a report, on one line. */
    public static String encode(Report report) {
        try {
            return MAPPER.writeValueAsString(tree(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /**
     * The report kept JSON text holds, named {@code file}: the same bytes may have been kept under another name.
     *
     * @throws IllegalArgumentException when the text is not JSON this version writes
     */
    public static Report decode(String kept, String file) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(kept);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        return decode(tree, file);
    }

    private static ObjectNode tree(Report report) {
        ObjectNode tree = NODES.objectNode();
        tree.set("report", ReportJson.tree(report, true));
        ArrayNode raw = tree.putArray("rawTexts");
        rawTexts(report.sections(), raw);
        // The report's JSON carries one language; the other is kept beside it.
        ArrayNode chinese = tree.putArray("chineseMessages");
        report.anomalies().forEach(anomaly -> chinese.add(anomaly.message().in(Language.ZH)));
        return tree;
    }

    private static void rawTexts(List<Section> sections, ArrayNode raw) {
        for (Section section : sections) {
            raw.add(section.rawText());
            rawTexts(section.subsections(), raw);
        }
    }

    private static Report decode(JsonNode tree, String file) {
        JsonNode json = required(tree, "report");
        JsonNode provenance = json.path("provenance");
        JsonNode source = required(json, "source");
        JsonNode info = required(json, "report");
        Iterator<JsonNode> raw = tree.path("rawTexts").elements();
        List<Section> sections = sections(json.path("sections"), raw, provenance.path("sections"));
        Optional<Template> template = text(info, "template").map(ReportCodec::template);
        return new Report(
                new Source(file, Format.valueOf(required(source, "format").asText()), required(source, "sha256").asText(),
                        source.path("pages").asInt(0), source.path("url").asText(""), strings(source.path("warnings"))),
                new ReportInfo(info.path("title").asText(""), text(info, "body"),
                        info.path("year").isNumber() ? OptionalInt.of(info.get("year").asInt()) : OptionalInt.empty(), template),
                sections,
                figures(json, provenance, "activeDisclosure", ActiveItem.class, Measure.class),
                figures(json, provenance, "applications", RowKey.class, Applicant.class),
                figures(json, provenance, "reviewLitigation", CaseGroup.class, CaseOutcome.class),
                anomalies(json.path("anomalies"), tree.path("chineseMessages")),
                checks(json.path("checks")));
    }

    private static List<Section> sections(JsonNode array, Iterator<JsonNode> raw, JsonNode origins) {
        List<Section> sections = new ArrayList<>();
        int index = 0;
        for (JsonNode node : array) {
            String text = node.path("text").asText("");
            String rawText = raw.hasNext() ? raw.next().asText() : text;
            List<Section> subsections = sections(node.path("subsections"), raw, NODES.missingNode());
            sections.add(new Section(node.path("number").asInt(), node.path("title").asText(""), text, rawText,
                    subsections, origin(origins.path(index++).path("origin"))));
        }
        return sections;
    }

    /** A table as written: every row and column the JSON names, with state, raw text and origin from provenance. */
    private static <R extends Enum<R> & Keyed, C extends Enum<C> & Keyed> Optional<Figures<R, C>> figures(
            JsonNode json, JsonNode provenance, String name, Class<R> rowType, Class<C> columnType) {
        JsonNode table = json.get(name);
        if (table == null) {
            return Optional.empty();
        }
        Map<R, Map<C, Value>> rows = new LinkedHashMap<>();
        table.fields().forEachRemaining(row -> {
            R rowKey = keyed(rowType, row.getKey());
            Map<C, Value> values = new EnumMap<>(columnType);
            row.getValue().fields().forEachRemaining(cell -> values.put(keyed(columnType, cell.getKey()),
                    value(cell.getValue(), provenance.path(name).path(row.getKey()).path(cell.getKey()))));
            rows.put(rowKey, values);
        });
        return Optional.of(Figures.of(rowType, rows));
    }

    private static Value value(JsonNode number, JsonNode detail) {
        if (detail.isMissingNode()) {
            return Value.ABSENT;
        }
        String raw = detail.path("raw").asText("");
        Origin origin = origin(detail.path("origin"));
        Value value = switch (Value.State.valueOf(detail.path("state").asText().toUpperCase(Locale.ROOT))) {
            case REPORTED -> Value.reported(number.decimalValue(), raw, origin);
            case NOT_REPORTED -> Value.notReported(raw, origin);
            case UNREADABLE -> Value.unreadable(raw, origin);
            case ABSENT -> Value.ABSENT;
        };
        if (value.state() == Value.State.ABSENT) {
            return value;
        }
        // Provenance writes the unit and the reading only where they say something.
        Value.Reading reading = Value.Reading.valueOf(detail.path("reading").asText("as_written").toUpperCase(Locale.ROOT));
        return value.withUnit(detail.path("unit").asText("")).withReading(reading);
    }

    private static List<Anomaly> anomalies(JsonNode array, JsonNode chinese) {
        List<Anomaly> anomalies = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            anomalies.add(new Anomaly(AnomalyCode.valueOf(node.path("code").asText()),
                    Severity.valueOf(node.path("severity").asText().toUpperCase(Locale.ROOT)),
                    new Message(node.path("message").asText(""), chinese.path(i).asText("")),
                    location(node.path("location")),
                    number(node.get("expected")), number(node.get("actual")), node.path("quote").asText("")));
        }
        return anomalies;
    }

    private static List<Check> checks(JsonNode array) {
        List<Check> checks = new ArrayList<>();
        for (JsonNode node : array) {
            checks.add(new Check(node.path("id").asText(),
                    Check.Outcome.valueOf(node.path("outcome").asText().toUpperCase(Locale.ROOT)),
                    location(node.path("location"))));
        }
        return checks;
    }

    private static Location location(JsonNode node) {
        return new Location(node.path("section").asInt(0), node.path("table").asText(""), node.path("row").asText(""),
                node.path("column").asText(""), origin(node.path("origin")));
    }

    private static Origin origin(JsonNode node) {
        if (node.has("line")) {
            return new Origin.Line(node.get("line").asInt());
        }
        if (node.has("page")) {
            JsonNode box = node.path("bbox");
            Origin.Region region = new Origin.Region(node.get("page").asInt(), box.path(0).asDouble(),
                    box.path(1).asDouble(), box.path(2).asDouble(), box.path(3).asDouble());
            // A recognised box keeps its confidence; the recogniser's alternative readings are not cached.
            return node.has("ocr")
                    ? new Origin.Recognized(region, node.path("ocr").path("confidence").asDouble(), List.of())
                    : region;
        }
        return node.has("path") ? new Origin.Path(node.get("path").asText()) : Origin.UNKNOWN;
    }

    private static Optional<BigDecimal> number(JsonNode node) {
        return node == null || !node.isNumber() ? Optional.empty() : Optional.of(node.decimalValue());
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(node -> strings.add(node.asText()));
        return strings;
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private static Template template(String key) {
        for (Template template : Template.values()) {
            if (template.key().equals(key)) {
                return template;
            }
        }
        throw new IllegalArgumentException("unknown template " + key);
    }

    private static <K extends Enum<K> & Keyed> K keyed(Class<K> type, String key) {
        for (K constant : type.getEnumConstants()) {
            if (constant.key().equals(key)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown key " + key + " of " + type.getSimpleName());
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("no " + field);
        }
        return value;
    }
}
