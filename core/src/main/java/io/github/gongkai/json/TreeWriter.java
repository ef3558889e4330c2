package io.github.gongkai.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A JSON tree as text, written with Jackson's streaming generator alone: the same text an {@code ObjectMapper}
 * writes, without building one, whose configuration (serializer factories, date formats and the locale data
 * they load) costs a short process more than the writing does.
 */
final class TreeWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private TreeWriter() {
    }

    /** The tree as text, indented as Jackson's default pretty printer does, or on one line. */
    static String write(JsonNode tree, boolean indent) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(text)) {
            if (indent) {
                generator.useDefaultPrettyPrinter();
            }
            write(generator, tree);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string does not fail", e);
        }
        return text.toString();
    }

    private static void write(JsonGenerator generator, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject();
                for (Map.Entry<String, JsonNode> property : node.properties()) {
                    generator.writeFieldName(property.getKey());
                    write(generator, property.getValue());
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray();
                for (JsonNode element : node) {
                    write(generator, element);
                }
                generator.writeEndArray();
            }
            case NULL, MISSING -> generator.writeNull();
            // text, numbers and booleans write themselves without a serializer provider
            default -> node.serialize(generator, null);
        }
    }
}
