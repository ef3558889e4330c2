package io.github.gongkai.internal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Metadata;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.Paragraph;
import io.github.gongkai.document.PipeText;
import io.github.gongkai.document.Table;
import io.github.gongkai.internal.pipeline.Pipeline;
import io.github.gongkai.model.ActiveItem;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.CaseGroup;
import io.github.gongkai.model.CaseOutcome;
import io.github.gongkai.model.Figures;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.Measure;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.Source;
import io.github.gongkai.model.Template;
import io.github.gongkai.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Table B maps by its labels, whatever the layout does to positions. */
class ReportMapperTest {
    private static final Source SOURCE = new Source("test.txt", Format.TEXT, "", 0);
    private static final String[] ROWS = {
        "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "(一)予以公开",
        "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "(三)不予公开 | 1.属于国家秘密", "2.其他法律行政法规禁止公开",
        "3.危及\"三安全一稳定\"", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷",
        "8.属于行政查询事项", "(四)无法提供 | 1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
        "(五)不予处理 | 1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
        "5.要求行政机关确认或重新出具已获取信息",
        "(六)其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他", "(七)总计", "四、结转下年度继续办理"};
    /** Row i's natural-person count; the other five columns are 0, 1, 0, 0, 0. */
    private static final int[] NATURAL = {10, 2, 5, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 9, 3};

    private static String row(int i, boolean totalFirst) {
        int commercial = i == 0 ? 1 : i == 2 ? 1 : i == 23 ? 1 : 0;
        int total = NATURAL[i] + commercial;
        String values = NATURAL[i] + " | " + commercial + " | 0 | 0 | 0 | 0";
        return ROWS[i] + " | " + (totalFirst ? total + " | " + values : values + " | " + total) + " |";
    }

    private static Report extract(String tableB) throws GongkaiException {
        String text = "三、收到和处理政府信息公开申请情况\n" + tableB;
        return Pipeline.run(PipeText.read(text), SOURCE);
    }

    private static String standardHeader() {
        return "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |\n"
                + "自然人 | 法人或其他组织 | 总计 |\n"
                + "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |\n";
    }

    private static String body(boolean totalFirst, int skip) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < ROWS.length; i++) {
            if (i != skip) {
                rows.append(row(i, totalFirst)).append('\n');
            }
        }
        return rows.toString();
    }

    private static BigDecimal value(Report report, RowKey row, Applicant column) {
        Value value = report.applications().orElseThrow().get(row, column);
        return value.number().orElseThrow(() -> new AssertionError(row + "." + column + " is " + value));
    }

    private static void assertBalanced(Report report) {
        assertEquals(new BigDecimal(11), value(report, RowKey.NEWLY_RECEIVED, Applicant.TOTAL));
        assertEquals(new BigDecimal(1), value(report, RowKey.NEWLY_RECEIVED, Applicant.COMMERCIAL));
        assertEquals(new BigDecimal(10), value(report, RowKey.TOTAL_PROCESSED, Applicant.TOTAL));
        assertEquals(new BigDecimal(3), value(report, RowKey.CARRIED_FORWARD, Applicant.NATURAL_PERSON));
        assertEquals(new BigDecimal(1), value(report, RowKey.OTHER_NO_CORRECTION, Applicant.NATURAL_PERSON));
        assertEquals(new BigDecimal(1), value(report, RowKey.OTHER, Applicant.TOTAL), "(六) is the sum of its sub-rows");
    }

    private static List<AnomalyCode> codes(Report report) {
        return report.anomalies().stream().map(Anomaly::code).filter(code -> code != AnomalyCode.MISSING_SECTION
                && code != AnomalyCode.MISSING_TABLE).toList();
    }

    @Test
    void headerSpreadOverThreeRowsInFlattenedText() throws GongkaiException {
        Report report = extract(standardHeader() + body(false, -1));
        assertBalanced(report);
        assertEquals(Template.T2021, report.info().template().orElseThrow());
        assertEquals(List.of(), codes(report));
    }

    @Test
    void totalColumnFirstIsReadFromTheHeader() throws GongkaiException {
        String header = "申请人情况 |\n总计 | 自然人 | 法人或其他组织 |\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |\n";
        Report report = extract(header + body(true, -1));
        assertBalanced(report);
        assertEquals(List.of(), codes(report));
    }

    @Test
    void missingRowIsReportedAndTheOthersStillMap() throws GongkaiException {
        Report report = extract(standardHeader() + body(false, 19));
        assertBalanced(report);
        assertTrue(report.applications().orElseThrow().row(RowKey.REJECTED_CONFIRMATION).isEmpty());
        assertEquals(List.of(AnomalyCode.MISSING_ROW), codes(report));
    }

    @Test
    void extraBlankColumnOnAGridIsPassedOver() throws GongkaiException {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(cells("", "", "自然人", "", "法人或其他组织", "", "", "", "", "总计"));
        rows.add(cells("", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""));
        for (int i = 0; i < ROWS.length; i++) {
            String[] parts = row(i, false).replace(" |", "|").split("\\|");
            List<String> texts = new ArrayList<>();
            String[] labels = ROWS[i].split(" \\| ");
            texts.add(labels.length == 2 ? labels[0] : "");
            texts.add(labels[labels.length - 1]);
            int firstValue = labels.length;
            texts.add(parts[firstValue].trim());
            texts.add("");
            for (int v = firstValue + 1; v < firstValue + 7; v++) {
                texts.add(parts[v].trim());
            }
            rows.add(cells(texts.toArray(String[]::new)));
        }
        Document document = Document.of(List.of(new Paragraph("三、收到和处理政府信息公开申请情况", Origin.UNKNOWN),
                new Table(rows, Origin.UNKNOWN)));
        Report report = Pipeline.run(document, SOURCE);
        assertBalanced(report);
        assertEquals(List.of(), codes(report));
    }

    @Test
    void labelSplitAcrossTwoCellsStillNamesItsRow() throws GongkaiException {
        String split = body(false, -1).replace("(二)部分公开(区分处理的,只计这一情形,不计其他情形)",
                "(二)部分公开(区分处理的,只计 | 这一情形,不计其他情形)");
        Report report = extract(standardHeader() + split);
        assertEquals(new BigDecimal(1), value(report, RowKey.PARTIALLY_GRANTED, Applicant.NATURAL_PERSON));
        assertEquals(List.of(), codes(report));
    }

    @Test
    void labelWrappedOntoARowOfItsOwnIsReadWithTheRowBelow() throws GongkaiException {
        String wrapped = body(false, -1).replace("(二)部分公开(区分处理的,只计这一情形,不计其他情形)",
                "(二)部分公开(区分处理的,只计这一情 |\n形,不计其他情形)");
        Report report = extract(standardHeader() + wrapped);
        assertEquals(new BigDecimal(1), value(report, RowKey.PARTIALLY_GRANTED, Applicant.NATURAL_PERSON));
        assertEquals(List.of(), codes(report));
    }

    @Test
    void mistypedSubRowLabelFallsBackToItsNumberInTheGroup() throws GongkaiException {
        String typo = body(false, -1).replace("5.属于三类内部事务信息", "5.属于三类内容事务信息")
                .replace("2.其他法律行政法规禁止公开", "2.其他法律行政止公开");
        Report report = extract(standardHeader() + typo);
        assertTrue(report.applications().orElseThrow().rowKeys().contains(RowKey.DENIED_INTERNAL_AFFAIRS));
        assertTrue(report.applications().orElseThrow().rowKeys().contains(RowKey.DENIED_PROHIBITED_BY_LAW));
        assertEquals(List.of(), codes(report));
    }

    @Test
    void rowWhoseLabelWasReplacedIsPlacedBetweenTheRowsAroundIt() throws GongkaiException {
        String hijacked = body(false, -1).replace("(一)予以公开 |", "三、本年度办理结果 | 澳门新葡京娱乐城 |")
                .replace("四、结转下年度继续办理 |", "澳门新葡京娱乐城 |");
        Report report = extract(standardHeader() + hijacked);
        assertBalanced(report);
        assertEquals(new BigDecimal(5), value(report, RowKey.GRANTED, Applicant.NATURAL_PERSON));
        assertEquals(List.of(), codes(report));
    }

    @Test
    void rowsWithoutALabelAreNotPlacedWhereTheRowsAroundLeaveAnotherNumberOfRowsForThem() throws GongkaiException {
        String two = body(false, -1).replace("(一)予以公开 |", "澳门新葡京娱乐城 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n澳门新葡京娱乐城 |");
        Report report = extract(standardHeader() + two);
        assertFalse(report.applications().orElseThrow().rowKeys().contains(RowKey.GRANTED));
        assertTrue(codes(report).contains(AnomalyCode.MISSING_ROW));
    }

    @Test
    void outlineNumbersInCellsOfTheirOwnStillNameTheirRows() throws GongkaiException {
        String apart = body(false, -1).replaceAll("(?m)^\\((三|四|五|六)\\)", "($1) | ")
                .replaceAll("(?m)(^|\\| )(\\d)\\.(?=\\D)", "$1$2. | ");
        Report report = extract(standardHeader() + apart);
        assertBalanced(report);
        assertEquals(List.of(), codes(report));
    }

    @Test
    void groupLabelRunIntoItsFirstRowInOneCellNamesBoth() throws GongkaiException {
        String together = body(false, -1).replace("(三)不予公开 | 1.", "(三)不予公开1.")
                .replace("(一)予以公开", "三、本年度办理结果(一)予以公开");
        Report report = extract(standardHeader() + together);
        assertBalanced(report);
        assertEquals(new BigDecimal(5), value(report, RowKey.GRANTED, Applicant.NATURAL_PERSON));
        assertEquals(List.of(), codes(report));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(七)合计", "(七)办理结果总计", "(七)办理结果合计"})
    void totalRowInOtherWordsIsTheTotalRow(String label) throws GongkaiException {
        Report report = extract(standardHeader() + body(false, -1).replace("(七)总计", label));
        assertBalanced(report);
        assertEquals(List.of(), codes(report));
    }

    @Test
    void blankCellLeftByALabelSpanningTwoColumnsIsNotAValue() throws GongkaiException {
        String spanned = body(false, -1).replace("(七)总计 |", "(七)总计 |  |").replace("四、结转下年度继续办理 |", "四、结转下年度继续办理 |  |  |");
        Report report = extract(standardHeader() + spanned);
        assertBalanced(report);
        assertEquals(List.of(), codes(report));
    }

    @Test
    void tableCWithTwoLevelHeader() throws GongkaiException {
        String text = "四、政府信息公开行政复议、行政诉讼情况\n"
                + "行政复议 | 行政诉讼 |\n"
                + "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |\n"
                + "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n"
                + "1 | 2 | 0 | 1 | 4 | 2 | 0 | 0 | 1 | 3 | 0 | 1 | 0 | 0 | 1 |\n";
        Report report = Pipeline.run(PipeText.read(text), SOURCE);
        Figures<CaseGroup, CaseOutcome> c = report.reviewLitigation().orElseThrow();
        assertEquals(new BigDecimal(4), c.get(CaseGroup.REVIEW, CaseOutcome.TOTAL).number().orElseThrow());
        assertEquals(new BigDecimal(3), c.get(CaseGroup.LITIGATION_DIRECT, CaseOutcome.TOTAL).number().orElseThrow());
        assertEquals(new BigDecimal(1), c.get(CaseGroup.LITIGATION_AFTER_REVIEW, CaseOutcome.CORRECTED).number().orElseThrow());
    }

    @Test
    void tableCOnItsSideWithOneRowPerGroup() throws GongkaiException {
        String text = "四、政府信息公开行政复议、行政诉讼情况\n"
                + "类别 | | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n"
                + "行政复议 | | 1 | 2 | 0 | 1 | 4 |\n"
                + "行政诉讼 | 未经复议直接起诉 | 2 | 0 | 0 | 1 | 3 |\n"
                + "复议后起诉 | 0 | 1 | 0 | 0 | 1 |\n";
        Report report = Pipeline.run(PipeText.read(text), SOURCE);
        Figures<CaseGroup, CaseOutcome> c = report.reviewLitigation().orElseThrow();
        assertEquals(new BigDecimal(4), c.get(CaseGroup.REVIEW, CaseOutcome.TOTAL).number().orElseThrow());
        assertEquals(new BigDecimal(2), c.get(CaseGroup.LITIGATION_DIRECT, CaseOutcome.UPHELD).number().orElseThrow());
        assertEquals(new BigDecimal(1), c.get(CaseGroup.LITIGATION_AFTER_REVIEW, CaseOutcome.CORRECTED).number().orElseThrow());
        assertEquals(new BigDecimal(1), c.get(CaseGroup.LITIGATION_AFTER_REVIEW, CaseOutcome.TOTAL).number().orElseThrow());
    }

    @Test
    void tableCCutIntoOneTablePerGroupIsReadPartByPart() throws GongkaiException {
        String text = "四、政府信息公开行政复议、行政诉讼情况\n"
                + "行政复议 | 行政复议 | 行政复议 | 行政复议 | 行政复议 |\n"
                + "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n"
                + "1 | 2 | 0 | 1 | 4 |\n\n"
                + "行政诉讼 | | | | |\n"
                + "未经复议直接起诉 | | | | |\n"
                + "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n"
                + "2 | 0 | 0 | 1 | 3 |\n\n"
                + "复议后起诉 | | | | |\n"
                + "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n"
                + "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n"
                + "0 | 1 | 0 | 0 | 1 |\n";
        Report report = Pipeline.run(PipeText.read(text), SOURCE);
        Figures<CaseGroup, CaseOutcome> c = report.reviewLitigation().orElseThrow();
        assertEquals(new BigDecimal(4), c.get(CaseGroup.REVIEW, CaseOutcome.TOTAL).number().orElseThrow());
        assertEquals(new BigDecimal(2), c.get(CaseGroup.LITIGATION_DIRECT, CaseOutcome.UPHELD).number().orElseThrow());
        assertEquals(new BigDecimal(1), c.get(CaseGroup.LITIGATION_AFTER_REVIEW, CaseOutcome.CORRECTED).number().orElseThrow());
        assertEquals(List.of(), codes(report));
    }

    @Test
    void tableCPartWhoseHeaderNamesNoGroupHoldsTheGroupAfterThePartBefore() throws GongkaiException {
        String text = "四、政府信息公开行政复议、行政诉讼情况\n"
                + "行政复议 | | | | |\n"
                + "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n"
                + "1 | 2 | 0 | 1 | 4 |\n\n"
                + "结果 | 纠正 | 其他 | 尚未 | 总 |\n"
                + "2 | 0 | 0 | 1 | 3 |\n\n"
                + "复议后起诉 | | | | |\n"
                + "0 | 1 | 0 | 0 | 1 |\n";
        Report report = Pipeline.run(PipeText.read(text), SOURCE);
        Figures<CaseGroup, CaseOutcome> c = report.reviewLitigation().orElseThrow();
        assertEquals(new BigDecimal(3), c.get(CaseGroup.LITIGATION_DIRECT, CaseOutcome.TOTAL).number().orElseThrow());
        assertEquals(new BigDecimal(1), c.get(CaseGroup.LITIGATION_AFTER_REVIEW, CaseOutcome.TOTAL).number().orElseThrow());
    }

    @Test
    void tableAItemsNotingTheirMeasureOrUnitAreItemRows() throws GongkaiException {
        String text = "二、主动公开政府信息情况\n"
                + "第二十条第(一)项 |\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
                + "规章 | 1 | 0 | 9 |\n行政规范性文件 | 3 | 1 | 20 |\n"
                + "第二十条第(五)项 |\n行政许可(本年处理决定数量) | 120 |\n"
                + "第二十条第(八)项 |\n行政事业性收费(万元) | 12.5 |\n";
        Figures<ActiveItem, Measure> a = Pipeline.run(PipeText.read(text), SOURCE).activeDisclosure().orElseThrow();
        assertEquals(new BigDecimal(120), a.get(ActiveItem.LICENSING, Measure.DECISIONS).number().orElseThrow());
        assertEquals(new BigDecimal("12.5"), a.get(ActiveItem.FEES, Measure.AMOUNT).number().orElseThrow());
        assertEquals(new BigDecimal(20), a.get(ActiveItem.NORMATIVE_DOCUMENTS, Measure.IN_FORCE).number().orElseThrow());
    }

    @Test
    void tableARowWhoseLabelWasReplacedIsPlacedBetweenItsNamedNeighbours() throws GongkaiException {
        String text = "二、主动公开政府信息情况\n"
                + "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n澳门新葡京娱乐城 | 1 | 0 | 9 |\n"
                + "行政规范性文件 | 3 | 1 | 20 |\n合计 | 4 | 1 | 29 |\n"
                + "信息内容 | 本年处理决定数量 |\n行政许可 | 120 |\n"
                + "信息内容 | 本年处理决定数量 |\n行政处罚 | 45 |\n澳门新葡京娱乐城 | 7 |\n"
                + "信息内容 | 本年收费金额(单位:万元) |\n行政事业性收费 | 12.5 |\n";
        Figures<ActiveItem, Measure> a = Pipeline.run(PipeText.read(text), SOURCE).activeDisclosure().orElseThrow();
        assertEquals(new BigDecimal(9), a.get(ActiveItem.RULES, Measure.IN_FORCE).number().orElseThrow());
        assertEquals(new BigDecimal(7), a.get(ActiveItem.ENFORCEMENT, Measure.DECISIONS).number().orElseThrow());
        // A row between two items the template puts next to each other is no item: 合计 is not read as one.
        assertEquals(new BigDecimal(20), a.get(ActiveItem.NORMATIVE_DOCUMENTS, Measure.IN_FORCE).number().orElseThrow());
        assertEquals(new BigDecimal(120), a.get(ActiveItem.LICENSING, Measure.DECISIONS).number().orElseThrow());
    }

    @Test
    void tableARowWithoutALabelIsLeftOutWhereItsNeighboursDoNotPlaceIt() throws GongkaiException {
        String text = "二、主动公开政府信息情况\n"
                + "信息内容 | 本年处理决定数量 |\n行政许可 | 120 |\n澳门新葡京娱乐城 | 7 |\n澳门新葡京娱乐城 | 8 |\n备注 | 3 |\n"
                + "信息内容 | 本年收费金额(单位:万元) |\n行政事业性收费 | 12.5 |\n";
        Figures<ActiveItem, Measure> a = Pipeline.run(PipeText.read(text), SOURCE).activeDisclosure().orElseThrow();
        assertEquals(new BigDecimal(120), a.get(ActiveItem.LICENSING, Measure.DECISIONS).number().orElseThrow());
        assertEquals(Set.of(ActiveItem.LICENSING, ActiveItem.FEES), a.rowKeys());
    }

    @Test
    void tableATotalRowIsNeverPlacedAsAnItem() throws GongkaiException {
        String text = "二、主动公开政府信息情况\n"
                + "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n合计 | 4 | 1 | 29 |\n行政规范性文件 | 3 | 1 | 20 |\n";
        Figures<ActiveItem, Measure> a = Pipeline.run(PipeText.read(text), SOURCE).activeDisclosure().orElseThrow();
        assertEquals(Set.of(ActiveItem.NORMATIVE_DOCUMENTS), a.rowKeys());
    }

    @Test
    void tableARowsShiftedByAMergedLabelCellAreReadInOrder() throws GongkaiException {
        String text = "二、主动公开政府信息情况\n"
                + "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 |  | 2 | 0 | 12 |\n行政规范性文件 |  |  | 1 | 30 |\n";
        Figures<ActiveItem, Measure> a = Pipeline.run(PipeText.read(text), SOURCE).activeDisclosure().orElseThrow();
        assertEquals(new BigDecimal(2), a.get(ActiveItem.RULES, Measure.ISSUED).number().orElseThrow());
        assertEquals(new BigDecimal(12), a.get(ActiveItem.RULES, Measure.IN_FORCE).number().orElseThrow());
        // One blank too few to tell: the blank is the value of the first measure, as the cells stand.
        assertEquals(Value.State.NOT_REPORTED, a.get(ActiveItem.NORMATIVE_DOCUMENTS, Measure.ISSUED).state());
        assertEquals(new BigDecimal(30), a.get(ActiveItem.NORMATIVE_DOCUMENTS, Measure.IN_FORCE).number().orElseThrow());
    }

    @Test
    void tableAValueCentredUnderItsMeasureAfterABlankIsReadFromTheHeaderColumn() throws GongkaiException {
        String text = "二、主动公开政府信息情况\n"
                + "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | 2 | 0 | 12 |\n"
                + "第二十条第(五)项 |  |  |  |\n信息内容 |  | 本年处理决定数量 |  |\n行政许可 |  | 1853 |  |\n";
        Figures<ActiveItem, Measure> a = Pipeline.run(PipeText.read(text), SOURCE).activeDisclosure().orElseThrow();
        assertEquals(new BigDecimal(1853), a.get(ActiveItem.LICENSING, Measure.DECISIONS).number().orElseThrow());
        assertEquals(new BigDecimal(12), a.get(ActiveItem.RULES, Measure.IN_FORCE).number().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"青石镇人民政府2022年政府信息公开\n工作年度报告", "青石镇人民政府\n2022年政府信息公开工作年度报告"})
    void titleBrokenOverTwoLinesIsReadWhole(String title) throws GongkaiException {
        Report report = Pipeline.run(PipeText.read(title + "\n一、总体情况\n2022年,我镇坚持公开为常态。\n"), SOURCE);
        assertEquals("青石镇人民政府2022年政府信息公开工作年度报告", report.info().title());
        assertEquals("青石镇人民政府", report.info().body().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"发布时间:2023年3月1日", "2023年3月1日"})
    void publicationDateAboveATitleIsNotPartOfIt(String date) throws GongkaiException {
        String text = date + "\n青石镇人民政府政府信息公开工作年度报告\n一、总体情况\n2022年,我镇坚持公开。\n";
        Report report = Pipeline.run(PipeText.read(text), SOURCE);
        assertEquals("青石镇人民政府政府信息公开工作年度报告", report.info().title());
        assertEquals(2022, report.info().year().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "二〇二三年青石镇人民政府政府信息公开工作年度报告|青石镇人民政府|2023",
        "青石镇人民政府二零二三年度政府信息公开工作年度报告|青石镇人民政府|2023",
        "2023年度青石镇人民政府政府信息公开工作年度报告|青石镇人民政府|2023",
        "青石镇人民政府政府信息公开工作年度报告(2023年)|青石镇人民政府|2023",
        "青石彝族乡人民政府2023年政府信息公开工作年度报告|青石彝族乡人民政府|2023",
        "青石高新技术产业开发区管委会2023年政府信息公开工作年度报告|青石高新技术产业开发区管委会|2023",
        "青石市生态环境局东城分局2023年政府信息公开工作年度报告|青石市生态环境局东城分局|2023",
        "青石市不动产登记事务中心2023年政府信息公开工作年度报告|青石市不动产登记事务中心|2023",
        "青石鎮(zhèn)人民政府2023年政府資訊公開(kāi)工作年度報(bào)告|青石镇人民政府|2023",
        "青石县人民政府关于2022年政府信息公开工作情况的报告|青石县人民政府|2022",
        "青石县青石镇人民政府\\n2023年政府信息公开\\n工作年度报告|青石县青石镇人民政府|2023"})
    void titleNamesBodyAndYearHoweverItWritesThem(String title, String body, int year) throws GongkaiException {
        String text = title.replace("\\n", "\n") + "\n一、总体情况\n本年度,我镇坚持公开为常态。\n";
        Report report = Pipeline.run(PipeText.read(text), SOURCE);
        assertEquals(body, report.info().body().orElseThrow());
        assertEquals(year, report.info().year().orElseThrow());
    }

    @Test
    void statisticsPeriodNamesTheYearATitleLeavesOut() throws GongkaiException {
        String text = "发布日期:2024年1月20日\n青石镇人民政府本年度政府信息公开工作年度报告\n一、总体情况\n"
                + "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。2024年,我镇将继续深化公开。\n"
                + "2024年将加强培训,2024年将完善平台。\n";
        Report report = Pipeline.run(PipeText.read(text), SOURCE);
        assertEquals(2023, report.info().year().orElseThrow());
        assertEquals("青石镇人民政府", report.info().body().orElseThrow());
    }

    @Test
    void bodyAboveTitleAndYearBelowItAreOneTitle() throws GongkaiException {
        String text = "青石镇人民政府\n政府信息公开工作年度报告\n(2023年)\n一、总体情况\n本年度,我镇坚持公开为常态。\n";
        Report report = Pipeline.run(PipeText.read(text), SOURCE);
        assertEquals("青石镇人民政府政府信息公开工作年度报告(2023年)", report.info().title());
        assertEquals("青石镇人民政府", report.info().body().orElseThrow());
    }

    @Test
    void noticePublishingTheReportIsNotItsTitle() throws GongkaiException {
        String text = "首页 > 政务公开 > 年度报告\n青石县人民政府办公室关于印发2023年政府信息公开工作年度报告的通知\n"
                + "各乡镇人民政府,县政府各部门:\n现将《2023年政府信息公开工作年度报告》印发给你们。\n"
                + "一、总体情况\n本年度,坚持公开为常态。\n";
        Report report = Pipeline.run(PipeText.read(text), SOURCE);
        assertEquals("2023年政府信息公开工作年度报告", report.info().title());
        assertEquals("青石县人民政府办公室", report.info().body().orElseThrow());
    }

    @Test
    void pageTitleNamesTheBodyATitleWithoutOneLeavesOut() throws GongkaiException {
        Document page = PipeText.read("2023年政府信息公开工作年度报告\n一、总体情况\n本年度,我局坚持公开为常态。\n");
        Document titled = new Document(page.blocks(), new Metadata("青石市公安局2023年政府信息公开工作年度报告_青石市人民政府网",
                "", "", 0, Set.of(), List.of()));
        assertEquals("青石市公安局", Pipeline.run(titled, SOURCE).info().body().orElseThrow());
    }

    @Test
    void signatureAtTheEndNamesTheBodyATitleLeavesOut() throws GongkaiException {
        String text = "2023年政府信息公开工作年度报告\n一、总体情况\n本年度,我镇在青石县人民政府办公室指导下坚持公开。\n"
                + "六、其他需要报告的事项\n无。\n青石镇人民政府\n2024年1月20日\n";
        assertEquals("青石镇人民政府", Pipeline.run(PipeText.read(text), SOURCE).info().body().orElseThrow());
    }

    @Test
    void sitesColumnNameAboveTheTitleIsNotTheTitle() throws GongkaiException {
        String text = "政府信息公开年报\n青石镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n本年度,我镇坚持公开。\n";
        assertEquals("青石镇人民政府2023年政府信息公开工作年度报告",
                Pipeline.run(PipeText.read(text), SOURCE).info().title());
    }

    @Test
    void placeAloneInTheTitleIsTheBody() throws GongkaiException {
        String text = "青石县2023年政府信息公开工作年度报告\n一、总体情况\n本年度,青石县人民政府办公室坚持公开为常态。\n";
        assertEquals("青石县", Pipeline.run(PipeText.read(text), SOURCE).info().body().orElseThrow());
    }

    @Test
    void feeCellWithTheColumnsUnitIsReadAndACountWithItIsNot() throws GongkaiException {
        String text = "二、主动公开政府信息情况\n第二十条第(六)项 |\n信息内容 | 本年处理决定数量 |\n行政处罚 | 3.5万 |\n"
                + "第二十条第(八)项 |\n信息内容 | 本年收费金额(单位:万元) |\n行政事业性收费 | 826.09万 |\n";
        Figures<ActiveItem, Measure> a = Pipeline.run(PipeText.read(text), SOURCE).activeDisclosure().orElseThrow();
        assertEquals(new BigDecimal("826.09"), a.get(ActiveItem.FEES, Measure.AMOUNT).number().orElseThrow());
        assertTrue(a.get(ActiveItem.PUNISHMENT, Measure.DECISIONS).number().isEmpty());
    }

    @Test
    void documentWithoutSectionsOrTablesIsNoReport() {
        Document news = PipeText.read("市政府召开常务会议\n会议研究了今年的重点工作。\n");
        GongkaiException e = assertThrows(GongkaiException.class, () -> Pipeline.run(news, SOURCE));
        assertEquals(GongkaiException.Reason.NO_REPORT, e.reason());
    }

    private static List<Cell> cells(String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (String text : texts) {
            cells.add(Cell.of(text, Origin.UNKNOWN));
        }
        return cells;
    }
}
