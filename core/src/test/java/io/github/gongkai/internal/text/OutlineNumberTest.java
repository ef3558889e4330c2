package io.github.gongkai.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutlineNumberTest {

    @Test
    void theThreeLevelsOfTheTemplatesNumbering() {
        assertEquals(1, OutlineNumber.level("三、政府信息公开收费及减免情况"));
        assertEquals(1, OutlineNumber.level(" 十一．其他"));
        assertEquals(2, OutlineNumber.level("（一）予以公开"));
        assertEquals(2, OutlineNumber.level("( 二 )部分公开"));
        assertEquals(3, OutlineNumber.level("1.属于国家秘密"));
        assertEquals(3, OutlineNumber.level("２、其他法律行政法规禁止公开"));
    }

    @Test
    void aDecimalOrAPlainLabelIsNotNumbered() {
        assertEquals(OutlineNumber.UNNUMBERED, OutlineNumber.level("12.5"));
        assertEquals(OutlineNumber.UNNUMBERED, OutlineNumber.level("行政许可"));
    }

    @Test
    void aCellValueIsANumberWithOrWithoutItsUnitOrANotReportedMark() {
        for (String value : new String[] {"12", "-3", "1,234", "１２．５", "1853件", "20 场", "0(件)", "12.5万元", "/", "—", "无"}) {
            assertTrue(CellValue.isValue(value), value);
        }
        for (String label : new String[] {"行政许可", "（一）予以公开", "1.属于国家秘密", "2022年"}) {
            assertFalse(CellValue.isValue(label), label);
        }
    }
}
