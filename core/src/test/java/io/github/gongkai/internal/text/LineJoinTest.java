package io.github.gongkai.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.internal.text.LineJoin.Break;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineJoinTest {

    @Test
    void aWrappedLabelJoinsDirectly() {
        assertEquals("法律服务机构", LineJoin.join(List.of("法律服务", "机构"), Break.AUTHORED));
        assertEquals("本年收费金额（单位：万元）", LineJoin.join(List.of("本年收费金额", "（单位：万元）"), Break.AUTHORED));
    }

    @Test
    void oneWideSideIsEnoughAsTheTemplateWritesNoSpaceBetweenChineseAndDigits() {
        assertEquals("3.危及“三安全一稳定”", LineJoin.join(List.of("3.危及", "“三安全一稳定”"), Break.AUTHORED));
        assertEquals("3.危及", LineJoin.join(List.of("3.", "危及"), Break.AUTHORED));
        assertEquals("1853件", LineJoin.join(List.of("1853", "件"), Break.AUTHORED));
    }

    @Test
    void latinWordsKeepASpaceAndEmptyLinesAreSkipped() {
        assertEquals("OA system", LineJoin.join(List.of("OA", "", "system"), Break.AUTHORED));
    }

    @Test
    void digitsAcrossABreakAreOneNumberOnlyWhereTheLayoutBrokeTheLine() {
        assertEquals("12 345", LineJoin.join(List.of("12", "345"), Break.AUTHORED));
        assertEquals("37,529", LineJoin.join(List.of("37,52", "9"), Break.LAYOUT));
        assertEquals("12.5", LineJoin.join(List.of("12.", "5"), Break.LAYOUT));
    }

    @Test
    void wideCoversChinesePunctuationFullWidthFormsAndIdeographsBeyondTheBasicPlane() {
        for (int cp : new int[] {'中', '、', '。', '（', '：', '“', '—', '…', '·', 0x20000, 0xF900}) {
            assertEquals(true, Characters.isWide(cp), Integer.toHexString(cp));
        }
        for (int cp : new int[] {'a', '1', '(', ',', ' ', '"'}) {
            assertEquals(false, Characters.isWide(cp), Integer.toHexString(cp));
        }
    }
}
