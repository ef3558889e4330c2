package io.github.gongkai.cli.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** File names that are not UTF-8 get names of their own, one for one with their bytes. */
class FileNamesTest {
    @Test
    void escapedNamesMapBackToTheirBytes() {
        assertEquals("x\uFFFDFF.txt", FileNames.escape(new byte[] {'x', (byte) 0xFF, '.', 't', 'x', 't'}));
        assertEquals("年报", FileNames.escape("年报".getBytes(StandardCharsets.UTF_8)));
        // GBK 年报 is C4EA B1A8: C4 starts a two-byte UTF-8 sequence that EA does not continue; EAB1A8 happens
        // to be valid UTF-8 (걨), and is kept as such: either way the bytes come back.
        assertEquals("\uFFFDC4\uAC68", FileNames.escape(HexFormat.of().parseHex("c4eab1a8")));
        // A name that really holds U+FFFD is escaped too, so that no two byte strings give one name.
        assertEquals("\uFFFDEF\uFFFDBF\uFFFDBDFF", FileNames.escape("\uFFFDFF".getBytes(StandardCharsets.UTF_8)));
    }

}
