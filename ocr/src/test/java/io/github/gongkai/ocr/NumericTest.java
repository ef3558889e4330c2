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
        assertEquals("1,272", Numeric.digits("1,.272"), "one mark read twice");
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

    @Test
    void aReadingOfDigitsAndSeparatorsSpellsANumber() {
        assertEquals("6,090", Numeric.spelled("6，09 0"));
        assertEquals("1234", Numeric.spelled("１２３４"));
        assertEquals("", Numeric.spelled("1O4"), "a look-alike is no digit");
        assertEquals("", Numeric.spelled("不予公开"));
    }

    @Test
    void aDigitsOnlyReadingThatStopsAtASeparatorStoppedShort() {
        assertTrue(Numeric.stoppedShort("6,\n", "6,090"), "stopped after the thousands separator");
        assertTrue(Numeric.stoppedShort(",\n", "1,010"), "kept only the separator");
        assertTrue(Numeric.stoppedShort("", "1,418"), "read nothing");
        assertFalse(Numeric.stoppedShort("6090", "6,090"), "read the whole number");
        assertFalse(Numeric.stoppedShort("4,\n", "6,090"), "another number");
        assertFalse(Numeric.stoppedShort("44", "4"));
        assertTrue(Numeric.stoppedShort("-", "2,064"), "read no digit");
        assertTrue(Numeric.stoppedShort("6.", "6,090"), "the separator taken for a period");
        assertFalse(Numeric.stoppedShort("6,", "63"), "not past the separator");
        assertTrue(Numeric.endsInSeparator("6,\n"));
        assertFalse(Numeric.endsInSeparator("6,090"));
    }

    @Test
    void aNumberGroupedInThreesByPeriodsMayBeGroupedByThousands() {
        assertEquals(List.of("6,090"), Numeric.separatorReadings("6.090"));
        assertEquals(List.of("1,234,567"), Numeric.separatorReadings("1.234.567"));
        assertEquals(List.of(), Numeric.separatorReadings("18.33"));
        assertEquals(List.of(), Numeric.separatorReadings("6090"));
    }
}
