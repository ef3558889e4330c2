package io.github.gongkai.internal.parsers.word;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListNumberingTest {

    @Test
    void chineseCountingReadsAsWrittenNumbers() {
        assertEquals("一", NumberFormats.format("chineseCounting", 1));
        assertEquals("十", NumberFormats.format("chineseCounting", 10));
        assertEquals("十一", NumberFormats.format("chineseCountingThousand", 11));
        assertEquals("二十", NumberFormats.format("chineseCounting", 20));
        assertEquals("一百零五", NumberFormats.format("chineseCounting", 105));
        assertEquals("一百一十", NumberFormats.format("chineseCounting", 110));
        assertEquals("一千零一十", NumberFormats.format("chineseCounting", 1010));
        assertEquals("贰拾叁", NumberFormats.format("chineseLegalSimplified", 23));
    }

    @Test
    void otherFormatsUsedForHeadings() {
        assertEquals("丙", NumberFormats.format("ideographTraditional", 3));
        assertEquals("③", NumberFormats.format("decimalEnclosedCircle", 3));
        assertEquals("⑵", NumberFormats.format("decimalEnclosedParen", 2));
        assertEquals("㈡", NumberFormats.format("ideographEnclosedCircle", 2));
        assertEquals("１２", NumberFormats.format("decimalFullWidth", 12));
        assertEquals("XIV", NumberFormats.format("upperRoman", 14));
        assertEquals("bb", NumberFormats.format("lowerLetter", 28));
        assertEquals("07", NumberFormats.format("decimalZero", 7));
        assertEquals("", NumberFormats.format("bullet", 1));
    }

    @Test
    void docNumberFormatCodesAreTheSchemaOrder() {
        assertEquals("decimal", NumberFormats.nameOf(0));
        assertEquals("ideographTraditional", NumberFormats.nameOf(30));
        assertEquals("chineseCounting", NumberFormats.nameOf(37));
        assertEquals("chineseCountingThousand", NumberFormats.nameOf(39));
        assertEquals("none", NumberFormats.nameOf(255));
    }

    @Test
    void levelsBelowRestartAndUnusedLevelsAboveShowTheirStart() {
        List<ListLevel> levels = Arrays.asList(
                new ListLevel("chineseCounting", "%1、", 1, false, true),
                new ListLevel("chineseCounting", "（%2）", 1, false, true),
                new ListLevel("decimal", "%3.", 1, false, true));
        ListCounter counter = new ListCounter();
        assertEquals("（一）", counter.next("a", 1, levels));
        assertEquals("一、", counter.next("a", 0, levels));
        assertEquals("（一）", counter.next("a", 1, levels));
        assertEquals("（二）", counter.next("a", 1, levels));
        assertEquals("1.", counter.next("a", 2, levels));
        assertEquals("二、", counter.next("a", 0, levels));
        assertEquals("（一）", counter.next("a", 1, levels));
        assertEquals("一、", counter.next("other list", 0, levels));
        assertEquals("", counter.next("a", 5, levels), "an undefined level has no number");
    }

    @Test
    void aBareNumberIsFollowedByOneSpace() {
        List<ListLevel> levels = List.of(new ListLevel("decimal", "%1", 1, false, true));
        assertEquals("1 ", new ListCounter().next("a", 0, levels));
    }
}
