package io.github.gongkai.internal.parsers.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A page's whole body on one line is cut into its paragraphs, headings and cells. */
class RunOnLinesTest {
    private static final String FILLER = "做好政府信息公开工作，持续深化政务公开，切实保障人民群众的知情权、参与权、表达权和监督权。".repeat(8);

    @Test
    void headingsInlineStartLinesOfTheirOwnAndCellsBetweenSpacesAreLines() {
        String body = "青山县2023年政府信息公开工作年度报告 " + FILLER + "二、主动公开政府信息情况 第二十条第（一）项 信息内容 规章 1 0 5 "
                + "三、收到和处理政府信息公开申请情况（一）予以公开 2 五、存在的主要问题及改进情况 一是公开不够及时；二是解读单一。";
        RunOnLines.Split split = RunOnLines.split(new String[] {"第一行", body});

        assertEquals(List.of("第一行", "青山县2023年政府信息公开工作年度报告", FILLER, "二、主动公开政府信息情况", "第二十条第（一）项", "信息内容", "规章", "1",
                "0", "5", "三、收到和处理政府信息公开申请情况", "（一）予以公开", "2", "五、存在的主要问题及改进情况",
                "一是公开不够及时；二是解读单一。"), List.of(split.texts()));
        assertArrayEquals(new int[] {1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2}, split.numbers());
    }

    @Test
    void aMirrorsPinyinDoesNotHideTheHeadingsOfARunOnLine() {
        String body = FILLER + "二、主動（dòng）公開（kāi）政（zhèng）府（fǔ）信息情況（kuàng）第二十條第（一）項規（guī）章（zhāng）100"
                + "三、收到和處（chǔ）理政府信息公開申請情況（kuàng）";
        List<String> texts = List.of(RunOnLines.split(new String[] {body}).texts());

        assertEquals(List.of(FILLER, "二、主動公開政府信息情況", "第二十條第（一）項規章100", "三、收到和處理政府信息公開申請情況"), texts);
    }

    @Test
    void aSubsectionAfterASentenceStartsALine() {
        String body = FILLER + "（二）依申请公开" + FILLER + "六、其他需要报告的事项";
        List<String> texts = List.of(RunOnLines.split(new String[] {body}).texts());

        assertEquals(List.of(FILLER, "（二）依申请公开" + FILLER, "六、其他需要报告的事项"), texts);
    }

    @Test
    void aHeadingAfterTheFiguresOfAGluedTableStartsALineAndSoDoesTheTableAfterItsTitle() {
        String body = FILLER + "二、主动公开政府信息情况第二十条第（八）项信息内容行政事业性收费719.15"
                + "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为）申请人情况";
        List<String> texts = List.of(RunOnLines.split(new String[] {body}).texts());

        assertEquals(List.of(FILLER, "二、主动公开政府信息情况", "第二十条第（八）项信息内容行政事业性收费719.15",
                "三、收到和处理政府信息公开申请情况", "（本列数据的勾稽关系为）申请人情况"), texts);
    }

    @Test
    void onlyLongLinesWithAHeadingOrManyFiguresAreRunOn() {
        assertFalse(RunOnLines.isRunOn(FILLER + FILLER));
        assertFalse(RunOnLines.isRunOn("二、主动公开政府信息情况"));
        assertTrue(RunOnLines.isRunOn(FILLER + " 二、主动公开政府信息情况"));
        assertTrue(RunOnLines.isRunOn(FILLER + " 规章 1 0 5 行政规范性文件 2 0 7"));
        assertFalse(RunOnLines.isRunOn(FILLER + "一是公开不够及时；二是解读单一。"));
    }

    @Test
    void enumerationsAndTableBRowLabelsAreNoSectionHeadings() {
        assertEquals(0, RunOnLines.headingEnd("一是公开不够及时"));
        assertEquals("二、主動公開政府信息情況".length(), RunOnLines.headingEnd("二、主動公開政府信息情況 第二十條"),
                "a heading in traditional characters is the template's");
        assertEquals(0, RunOnLines.headingEnd("三、本年度办理结果"));
        assertEquals(0, RunOnLines.headingEnd("一、加强组织领导"));
        assertEquals("二、主动公开政府信息情况".length(), RunOnLines.headingEnd("二、主动公开政府信息情况第二十条"));
    }
}
