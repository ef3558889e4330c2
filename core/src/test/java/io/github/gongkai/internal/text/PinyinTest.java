package io.github.gongkai.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PinyinTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zhèn", "zhen", "zhen4", "zheng", "fu", "shù", "wù", "yī", "èr", "er", "lǜ", "lü", "lv4",
        "nǚ", "nüe", "ü", "ǖ", "ā", "a1", "chuang", "zhuàng", "xiong", "qu", "jue", "ń", "hng", "yuan", "wēng"})
    void acceptsSyllables(String text) {
        assertTrue(Pinyin.isSyllable(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "a", "e", "o", "n", "m", "OA", "PDF", "A", "Zhen", "ZHEN", "zhenx", "zhen6",
        "zhen0", "zhèn4", "zhēnà", "pdf", "ok", "the", "bian1ji", "ju4zi", "4", "zh", "lüan", "jü", "bo1 ", "v",
        "chuangg", "一"})
    void rejectsWhatIsNoSyllable(String text) {
        assertFalse(Pinyin.isSyllable(text));
    }

    @Test
    void stripsOnlyAfterChineseCharacters() {
        assertEquals("镇党委", Pinyin.strip("镇(zhen)党委"));
        assertEquals("镇 党委", Pinyin.strip("镇 (zhen) 党委"));
        assertEquals("政府", Pinyin.strip("政(zheng)(zheng)府(fu)(fu)"));
        assertEquals("政府", Pinyin.strip("政 (zheng) (zheng)府"));
        assertEquals("𠀀", Pinyin.strip("𠀀(zhen)"));
        assertEquals("a(zhen)", Pinyin.strip("a(zhen)"));
        assertEquals("镇(OA)", Pinyin.strip("镇(zhen)(OA)"));
        assertEquals("镇(a)(zhen)", Pinyin.strip("镇(a)(zhen)"));
        assertEquals("镇((zhen))", Pinyin.strip("镇((zhen))"));
        assertEquals("镇(zhen", Pinyin.strip("镇(zhen"));
        assertEquals("镇", Pinyin.strip("镇(  zhen  )"));
        assertEquals("镇(z h e n)", Pinyin.strip("镇(z h e n)"));
    }

    @Test
    void returnsTheSameTextWhenThereIsNothingToStrip() {
        String text = "(一)主动公开(单位:万元)系统(OA)";
        assertSame(text, Pinyin.strip(text));
    }
}
