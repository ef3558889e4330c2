package io.github.gongkai.internal.parsers.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTextTest {

    @Test
    void linesJoinDirectlyAtChineseAndWithASpaceBetweenLatin() {
        assertEquals("本年收费金额（单位：万元）", WordText.joinLines(List.of("本年收费金额", "（单位：万元）")));
        assertEquals("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
                WordText.joinLines(List.of("（本列数据的勾稽关系为：第一项加第二项之和，", "等于第三项加第四项之和）")));
        assertEquals("3.危及“三安全一稳定”", WordText.joinLines(List.of("3.危及", "“三安全一稳定”")));
        assertEquals("12 345", WordText.joinLines(List.of(" 12 ", "", "345")));
    }

    @Test
    void docTextDropsMarks() {
        assertEquals("第3页", DocReader.clean("第3页\r"));
        assertEquals("单元格", DocReader.clean("单元格\u0007"));
        assertEquals("上行下行", DocReader.clean("上行\u000b下行\u000c"));
    }

    @Test
    void docFieldsShowTheirResultsOnlyAcrossRunsAndParagraphs() {
        DocFields fields = new DocFields(8);
        assertEquals("第3页，共5页", fields.visible("第\u0013 PAGE \u00143\u0015页，共\u0013 NUMPAGES \u00145\u0015页"));
        assertEquals("甲", fields.visible("\u0013 FORMTEXT \u0001\u0014甲"));
        assertEquals("乙", fields.visible("\u0015乙"));
        assertEquals("外", fields.visible("\u0013 IF \u0013 =1 \u00141\u0015 = 1 \"是\" \u0014外\u0015"));
        assertEquals("", fields.visible("\u0013 TOC \\o \"1-3\" \u0014一、总体情况\u0013 PAGEREF _Toc1 \u00141\u0015"));
        assertEquals("正文", fields.visible("二、主动公开\u0015正文"));
    }

    @Test
    void titlesAreShortAndDoNotEndLikeSentences() {
        assertTrue(WordText.looksLikeTitle("临江县人民政府2023年政府信息公开工作年度报告"));
        assertFalse(WordText.looksLikeTitle("现将有关情况报告如下。"));
        assertFalse(WordText.looksLikeTitle(""));
    }
}
