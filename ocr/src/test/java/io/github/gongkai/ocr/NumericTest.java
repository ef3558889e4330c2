package io.github.gongkai.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumericTest {
    @Test
    void digitsAndTheirLookAlikesAreNumeric() {
        assertTrue(Numeric.looksNumeric("130.21"));
        assertTrue(Numeric.looksNumeric("1O4"));
        assertTrue(Numeric.looksNumeric("17X"));
        assertFalse(Numeric.looksNumeric("行政许可"));
        assertFalse(Numeric.looksNumeric("第二十条第(五)项"));
    }

    @Test
    void aDigitsOnlyReadingLosesSpacesAndSeparatorsAtItsEnds() {
        assertEquals("597", Numeric.digits("597."));
        assertEquals("1234", Numeric.digits(" 12 34\n"));
        assertEquals("130.21", Numeric.digits("130.21"));
        assertEquals("-", Numeric.digits("-"));
    }

    @Test
    void aCellsLinesAreJoinedWithoutSpacesBetweenChineseCharacters() {
        assertEquals("结果维持", Numeric.oneLine("结果维\n持"));
        assertEquals("(单位:万元) 2023", Numeric.oneLine("(单位:万元)\n2023"));
    }

    @Test
    void readingsChangeOneUnsureDigitAtATimeToADigitTheEngineSaw() {
        List<List<String>> choices = List.of(List.of("1"), List.of("7", "1"), List.of("3", "8", "5"));
        assertEquals(List.of("113", "178", "175"), Numeric.readings("173", choices, 8));
        assertEquals(List.of(), Numeric.readings("999", choices, 8), "choices that do not spell the reading");
    }
}
