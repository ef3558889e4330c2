package io.github.gongkai.internal.parsers.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.model.GongkaiException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Scraped text arrives in any of the encodings Chinese sites use, marked or not. */
class TextDecoderTest {
    private static final String SIMPLIFIED = "一、总体情况\n2022年,石子镇党委、镇政府高度重视政务公开工作,主动公开政府信息82条。\n规章 | 0 | 0 | 0 |\n";
    private static final String TRADITIONAL = "一、總體情況\n2022年,石子鎮黨委、鎮政府高度重視政務公開工作,主動公開政府信息82條。\n規章 | 0 | 0 | 0 |\n";

    @Test
    void gbkAndGb18030AreDecodedWhetherSimplifiedOrTraditional() throws Exception {
        assertEquals(SIMPLIFIED, decode(SIMPLIFIED.getBytes(Charset.forName("GBK"))));
        assertEquals(TRADITIONAL, decode(TRADITIONAL.getBytes(Charset.forName("GB18030"))));
    }

    @Test
    void big5IsDecoded() throws Exception {
        assertEquals(TRADITIONAL.repeat(5), decode(TRADITIONAL.repeat(5).getBytes(Charset.forName("Big5"))));
    }

    @Test
    void utf16WithoutAMarkIsDecodedWhereMostCharactersAreAscii() throws Exception {
        String page = "<html><head><title>一、总体情况</title></head><body>规章 | 0 |</body></html>";
        assertEquals(page, decode(page.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(page, decode(page.getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void aPrefixCutInsideACharacterDropsThatCharacter() throws Exception {
        byte[] bytes = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);

        assertEquals("一、", TextDecoder.decode(bytes, 2 * 3 + 1, "a.txt"));
        assertEquals("一、总", TextDecoder.decode(bytes, 3 * 3 + 2, "a.txt"));
    }

    private static String decode(byte[] bytes) throws GongkaiException {
        return TextDecoder.decode(bytes, bytes.length, "a.txt");
    }
}
