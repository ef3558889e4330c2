package io.github.gongkai.internal.parsers.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.Limits;
import io.github.gongkai.document.Document;
import io.github.gongkai.internal.parsers.Input;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.GongkaiException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Input that is no text, or too much of it, fails with a reason and the file's name. */
class TextParserErrorsTest {

    @Test
    void randomBytesAreUnsupported() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);

        GongkaiException e = assertThrows(GongkaiException.class, () -> parse(bytes, Limits.DEFAULT));

        assertEquals(Reason.UNSUPPORTED_FORMAT, e.reason());
        assertTrue(e.getMessage().startsWith("garbage.txt: "), e.getMessage());
    }

    @Test
    void textMadeOfNulAndControlBytesIsUnsupported() {
        byte[] bytes = "规章 | 1 |\u0000\u0000\u0000\u0001\u0002 |".getBytes(StandardCharsets.UTF_8);

        assertEquals(Reason.UNSUPPORTED_FORMAT, assertThrows(GongkaiException.class,
                () -> parse(bytes, Limits.DEFAULT)).reason());
    }

    @Test
    void binaryContentWithNulBytesAmongOtherBytesIsStillUnsupported() {
        byte[] bytes = new byte[8192];
        new Random(11).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i += 300) {
            bytes[i] = 0;
        }

        assertEquals(Reason.UNSUPPORTED_FORMAT, assertThrows(GongkaiException.class,
                () -> parse(bytes, Limits.DEFAULT)).reason());
    }

    @Test
    void strayNulBytesInGoodTextAreDroppedAndSaidSo() throws GongkaiException {
        String line = "二、主动公开政府信息情况\n规章 | 1 | 0 | 9 |\n";
        byte[] clean = line.repeat(40).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = ("\u0000" + line.repeat(20) + "\u0000\u0000" + line.repeat(20)).getBytes(StandardCharsets.UTF_8);

        Document document = new TextParser().parse(new Input("nul.txt", bytes), Limits.DEFAULT);

        assertEquals(new TextParser().parse(new Input("clean.txt", clean), Limits.DEFAULT).blocks(), document.blocks());
        assertEquals(List.of("3 NUL bytes in the text dropped"), document.metadata().warnings());
    }

    @Test
    void textFullOfControlCharactersIsUnsupported() {
        byte[] bytes = "a\u0001b\u0002c\u0003d\u0004e\u0005f\u0006".repeat(50).getBytes(StandardCharsets.UTF_8);

        assertEquals(Reason.UNSUPPORTED_FORMAT, assertThrows(GongkaiException.class,
                () -> parse(bytes, Limits.DEFAULT)).reason());
    }

    @Test
    void aFileOverTheSizeLimitIsTooLarge() {
        byte[] bytes = "一、总体情况\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        Limits limits = new Limits(1000, 10, 100, 10);

        assertEquals(Reason.TOO_LARGE, assertThrows(GongkaiException.class, () -> parse(bytes, limits)).reason());
    }

    @Test
    void aTableOverTheCellLimitIsTooLarge() {
        byte[] bytes = "行政许可 | 1 | 2 | 3 |\n".repeat(40).getBytes(StandardCharsets.UTF_8);
        Limits limits = new Limits(1_000_000, 10, 100, 10);

        assertEquals(Reason.TOO_LARGE, assertThrows(GongkaiException.class, () -> parse(bytes, limits)).reason());
    }

    @Test
    void anEmptyFileHoldsNoReport() {
        assertEquals(Reason.NO_REPORT, assertThrows(GongkaiException.class,
                () -> parse(" \n\u3000\n".getBytes(StandardCharsets.UTF_8), Limits.DEFAULT)).reason());
    }

    private static void parse(byte[] bytes, Limits limits) throws GongkaiException {
        new TextParser().parse(new Input("garbage.txt", bytes), limits);
    }
}
