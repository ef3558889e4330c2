package io.github.gongkai.parsers.word;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.document.Document;
import io.github.gongkai.document.PipeText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocxParserTest {
    private final DocxParser parser = new DocxParser();

    @ParameterizedTest
    @ValueSource(strings = {"county-2023-auto-numbered", "town-2020-template-2019", "district-2022-traditional",
            "city-2021-header-repeated", "street-2024-content-controls", "bureau-2019-auto-numbered"})
    void flattensEachFixtureToItsPipeText(String name) throws Exception {
        Document document = Fixtures.parse(parser, name + ".docx");
        assertEquals(Fixtures.text(name + ".txt"), PipeText.write(document));
    }
}
