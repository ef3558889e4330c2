package io.github.gongkai.parsers.word;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.document.PipeText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocParserTest {

    @ParameterizedTest
    @ValueSource(strings = {"county-2023-auto-numbered", "bureau-2019-auto-numbered"})
    void readsTheSameTextAndGridsAsTheDocxItWasConvertedFrom(String name) throws Exception {
        String fromDocx = PipeText.write(Fixtures.parse(new DocxParser(), name + ".docx"));
        String fromDoc = PipeText.write(Fixtures.parse(new DocParser(), name + ".doc"));
        assertEquals(fromDocx, fromDoc);
    }
}
