package io.github.gongkai.internal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.document.PipeText;
import io.github.gongkai.internal.pipeline.Pipeline;
import io.github.gongkai.model.ActiveItem;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.Measure;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.Source;
import io.github.gongkai.model.Value;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers written with their unit are numbers; money in another unit than its column's is flagged for the reader. */
class CellUnitsTest {
    private static final Source SOURCE = new Source("test.txt", Format.TEXT, "", 0);

    private static Report tableA(String header, String item, String fee, String licensing) throws GongkaiException {
        String text = "二、主动公开政府信息情况\n"
                + "第二十条第(五)项 |\n信息内容 | 本年处理决定数量 |\n行政许可 | " + licensing + " |\n"
                + "第二十条第(八)项 |\n信息内容 | " + header + " |\n" + item + " | " + fee + " |\n";
        return Pipeline.run(PipeText.read(text), SOURCE);
    }

    private static List<AnomalyCode> cellCodes(Report report) {
        return report.anomalies().stream().map(Anomaly::code).filter(code -> code == AnomalyCode.UNIT_DIFFERS
                || code == AnomalyCode.UNREADABLE_CELL || code == AnomalyCode.FRACTIONAL_COUNT).toList();
    }

    @ParameterizedTest(name = "{0} | {1} | {2} → {3} {4}, {5}")
    @CsvSource(delimiter = ';', value = {
        "本年收费金额(单位:万元);行政事业性收费;25.1;25.1;'';''",
        "本年收费金额(单位:万元);行政事业性收费;25.1万元;25.1;万元;''",
        "本年收费金额(单位:万元);行政事业性收费;826.09万;826.09;万;''",
        "本年收费金额(单位:万元);行政事业性收费;251000元;251000;元;UNIT_DIFFERS",
        "本年收费金额(单位:万元);行政事业性收费;75394432.52 元;75394432.52;元;UNIT_DIFFERS",
        "本年收费金额(单位:元);行政事业性收费;251000元;251000;元;''",
        "本年收费金额(单位:元);行政事业性收费;251000;251000;元;''",
        "本年收费金额（单位：元）;行政事业性收费;1,200;1200;元;''",
        "本年收费金额;行政事业性收费(元);251000;251000;元;''",
        "本年收费金额;行政事业性收费(元);25万元;25;万元;UNIT_DIFFERS",
    })
    void feeIsTheNumberAsWrittenInTheUnitItNames(String header, String item, String cell, String number, String unit,
                                                  String flag) throws GongkaiException {
        Report report = tableA(header, item, cell, "12");
        Value fee = report.activeDisclosure().orElseThrow().get(ActiveItem.FEES, Measure.AMOUNT);
        assertEquals(new BigDecimal(number), fee.number().orElseThrow());
        assertEquals(unit, fee.unit());
        assertEquals(flag.isEmpty() ? List.of() : List.of(AnomalyCode.valueOf(flag)), cellCodes(report));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1853件, 1853, 件", "'1,853', 1853, ''", "20 场, 20, 场", "１２次, 12, 次", "0(件), 0, 件", "０, 0, ''",
        "0.00, 0.00, ''", "'1 853 件', 1853, 件"})
    void countWrittenWithACountUnitIsACount(String cell, String number, String unit) throws GongkaiException {
        Report report = tableA("本年收费金额(单位:万元)", "行政事业性收费", "1", cell);
        Value licensing = report.activeDisclosure().orElseThrow().get(ActiveItem.LICENSING, Measure.DECISIONS);
        assertEquals(new BigDecimal(number), licensing.number().orElseThrow());
        assertEquals(unit, licensing.unit());
        assertEquals(List.of(), cellCodes(report));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"3.5万", "3.5万元", "200元"})
    void countWrittenInMoneyStaysUnreadable(String cell) throws GongkaiException {
        Report report = tableA("本年收费金额(单位:万元)", "行政事业性收费", "1", cell);
        assertEquals(Value.State.UNREADABLE,
                report.activeDisclosure().orElseThrow().get(ActiveItem.LICENSING, Measure.DECISIONS).state());
        assertEquals(List.of(AnomalyCode.UNREADABLE_CELL), cellCodes(report));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'3,985,758件', 3985758", "5人次, 5", "7 宗, 7"})
    void tableBCountsKeepTheirUnit(String cell, String number) throws GongkaiException {
        String text = "三、收到和处理政府信息公开申请情况\n"
                + "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |\n"
                + "自然人 | 法人或其他组织 | 总计 |\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |\n"
                + "一、本年新收政府信息公开申请数量 | " + cell + " | 0 | 0 | 0 | 0 | 0 | " + number + " |\n";
        Report report = Pipeline.run(PipeText.read(text), SOURCE);
        Value value = report.applications().orElseThrow().get(RowKey.NEWLY_RECEIVED, Applicant.NATURAL_PERSON);
        assertEquals(new BigDecimal(number), value.number().orElseThrow());
    }
}
