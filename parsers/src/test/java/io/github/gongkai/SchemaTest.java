package io.github.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.gongkai.json.ReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every golden, and the JSON of every fixture, is valid against the published JSON Schema of the contract. */
class SchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private static JsonSchema load() {
        try (InputStream in = ReportJson.class.getResourceAsStream("report.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> goldensAndFixtureOutputsAreValid() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path golden : Fixtures.find(".golden.json")) {
            tests.add(DynamicTest.dynamicTest(Fixtures.name(golden),
                    () -> assertEquals(Set.of(), SCHEMA.validate(JSON.readTree(golden.toFile())))));
        }
        for (Path expected : Fixtures.find(".expected.json")) {
            for (Path file : Fixtures.reportsOf(expected)) {
                tests.add(DynamicTest.dynamicTest(Fixtures.name(file), () -> assertEquals(Set.of(),
                        SCHEMA.validate(JSON.readTree(ReportJson.write(Fixtures.parse(file), true))))));
            }
        }
        return tests.stream();
    }

    @Test
    void schemaRejectsAMisspeltKey() throws IOException {
        JsonNode golden = JSON.readTree(Fixtures.find(".golden.json").get(0).toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) golden.path("applications").path("newlyReceived"))
                .put("naturalPersons", 1);
        Set<ValidationMessage> problems = SCHEMA.validate(golden);
        assertTrue(problems.stream().anyMatch(p -> p.getMessage().contains("naturalPersons")), problems.toString());
    }
}
