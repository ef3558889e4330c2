package io.github.gongkai.internal.parsers.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cells run together are taken apart into labels, header words and one cell per run of digits. */
class GluedCellsTest {

    @Test
    void aRowIsItsLabelAndOneCellHoldingItsDigits() {
        assertEquals(List.of("（一）予以公开", "270020130"), GluedCells.split("（一）予以公开270020130"));
        assertEquals(List.of("（三）不予公开", "1.属于国家秘密", "0000000"), GluedCells.split("（三）不予公开1.属于国家秘密0000000"));
        assertEquals(List.of("行政事业性收费", "719.15"), GluedCells.split("行政事业性收费719.15"));
    }

    @Test
    void traditionalCharactersAreCutAtTheSameWordsAndKeptAsWritten() {
        assertEquals(List.of("（一）予以公開", "270020130"), GluedCells.split("（一）予以公開270020130"));
        assertEquals(List.of("行政複議", "行政訴訟", "結果維持", "000"), GluedCells.split("行政複議行政訴訟結果維持000"));
    }

    @Test
    void theOutlineNumberOfTheNextRowIsNotADigitOfTheValues() {
        assertEquals(List.of("1.属于国家秘密", "0000000", "2.其他法律行政法规禁止公开", "1000001"),
                GluedCells.split("1.属于国家秘密00000002.其他法律行政法规禁止公开1000001"));
    }

    @Test
    void aTableRunTogetherIsCutAtTheTemplatesWords() {
        assertEquals(List.of("第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "005",
                        "行政规范性文件", "3140"),
                GluedCells.split("第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章005行政规范性文件3140"));
        assertEquals(List.of("行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "000000000000000"),
                GluedCells.split("行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计000000000000000"));
    }

    @Test
    void aHeaderOfTemplateWordsIsCutWithANoteInBracketsBeforeIt() {
        assertEquals(List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "自然人"),
                GluedCells.split("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人"));
        assertEquals(List.of("结果维持", "结果纠正", "总计"), GluedCells.split("结果维持结果纠正总计"));
    }

    @Test
    void aNoteStaysWithItsLabelAndAMistypedItemIsStillALabel() {
        assertEquals(List.of("行政事业性收费（万元）", "12.5"), GluedCells.split("行政事业性收费（万元）12.5"));
        assertEquals(List.of("行政事业收费", "12.5"), GluedCells.split("行政事业收费12.5"));
    }

    @Test
    void titlesDatesNotesAndSingleWordsStayWhole() {
        assertEquals(List.of(), GluedCells.split("青山县人民政府2023年政府信息公开工作年度报告"));
        assertEquals(List.of(), GluedCells.split("2024年1月20日"));
        assertEquals(List.of(), GluedCells.split("行政许可(本年处理决定数量)"));
        assertEquals(List.of(), GluedCells.split("1853件"));
        assertEquals(List.of(), GluedCells.split("法人或其他组织"));
        assertEquals(List.of(), GluedCells.split("政府信息公开行政复议、行政诉讼情况"));
        assertEquals(List.of(), GluedCells.split("四、政府信息公开行政复议、行政诉讼情况"));
    }
}
