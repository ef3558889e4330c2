package io.github.gongkai.internal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.document.Origin;
import io.github.gongkai.document.PipeText;
import io.github.gongkai.internal.pipeline.Pipeline;
import io.github.gongkai.model.ActiveItem;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.CaseGroup;
import io.github.gongkai.model.CaseOutcome;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.Measure;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.Source;
import io.github.gongkai.model.Value;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A template row that is in the table with every cell blank is not reported, not missing. */
class BlankRowsTest {
    private static final Source SOURCE = new Source("test.txt", Format.TEXT, "", 0);
    private static final String HEADER_B = TableBText.HEADER;
    private static final String[] ROWS_B = TableBText.ROWS;

    /** Table B with row {@code blank} written with these cells; the others hold 1 in 自然人 and 总计 and 0 elsewhere. */
    private static String tableB(int blank, String cells) {
        StringBuilder text = new StringBuilder(HEADER_B);
        for (int i = 0; i < ROWS_B.length; i++) {
            text.append(ROWS_B[i]).append(" | ").append(i == blank ? cells : "1 | 0 | 0 | 0 | 0 | 0 | 1 |").append('\n');
        }
        return text.toString();
    }

    private static Report extract(String text) throws GongkaiException {
        return Pipeline.run(PipeText.read(text), SOURCE);
    }

    private static List<Anomaly> anomalies(Report report, AnomalyCode code) {
        return report.anomalies().stream().filter(anomaly -> anomaly.code() == code).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {" |  |  |  |  |  |  |", "— | — | — | — | — | — | — |", "/ | / | / | / | / | / | / |"})
    void blankRowOfTableBIsNotReportedCellByCell(String cells) throws GongkaiException {
        Report report = extract(tableB(18, cells));
        assertEquals(List.of(), anomalies(report, AnomalyCode.MISSING_ROW));
        List<Anomaly> notReported = anomalies(report, AnomalyCode.NOT_REPORTED);
        assertEquals(7, notReported.size());
        assertTrue(notReported.stream().allMatch(anomaly -> anomaly.location().row().equals("rejectedExcessive")));
        Value value = report.applications().orElseThrow().get(RowKey.REJECTED_EXCESSIVE, Applicant.TOTAL);
        assertEquals(Value.State.NOT_REPORTED, value.state());
        assertEquals(new BigDecimal(1), report.applications().orElseThrow()
                .get(RowKey.REJECTED_CONFIRMATION, Applicant.NATURAL_PERSON).number().orElseThrow());
    }

    @Test
    void rowThatIsNotThereIsStillMissing() throws GongkaiException {
        String text = tableB(-1, "").replace("4.无正当理由大量反复申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n", "");
        Report report = extract(text);
        assertEquals(List.of("rejectedExcessive"), anomalies(report, AnomalyCode.MISSING_ROW).stream()
                .map(anomaly -> anomaly.location().row()).toList());
    }

    @Test
    void labelWrappedOntoARowOfItsOwnIsNoBlankRow() throws GongkaiException {
        String text = tableB(-1, "").replace("(二)部分公开(区分处理的,只计这一情形,不计其他情形) |",
                "(二)部分公开(区分处理的,只计这一情 |  |  |  |  |  |  |  |\n形,不计其他情形) |");
        Report report = extract(text);
        assertEquals(new BigDecimal(1), report.applications().orElseThrow()
                .get(RowKey.PARTIALLY_GRANTED, Applicant.NATURAL_PERSON).number().orElseThrow());
        assertEquals(List.of(), anomalies(report, AnomalyCode.NOT_REPORTED));
    }

    @Test
    void blankItemRowOfTableAIsNotReported() throws GongkaiException {
        String text = "二、主动公开政府信息情况\n"
                + "第二十条第(一)项 |\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
                + "规章 |  |  |  |\n行政规范性文件 | 3 | 1 | 20 |\n"
                + "第二十条第(六)项 |\n信息内容 | 本年处理决定数量 |\n行政处罚 | 12 |\n行政强制 |  |\n";
        Report report = extract(text);
        assertEquals(List.of(), anomalies(report, AnomalyCode.MISSING_ROW).stream()
                .filter(anomaly -> List.of("rules", "enforcement").contains(anomaly.location().row())).toList());
        assertEquals(Value.State.NOT_REPORTED,
                report.activeDisclosure().orElseThrow().get(ActiveItem.ENFORCEMENT, Measure.DECISIONS).state());
        assertEquals(Value.State.NOT_REPORTED,
                report.activeDisclosure().orElseThrow().get(ActiveItem.RULES, Measure.IN_FORCE).state());
    }

    @Test
    void blankGroupRowOfTableCOnItsSideIsNotReportedWhereItStands() throws GongkaiException {
        String text = "四、政府信息公开行政复议、行政诉讼情况\n"
                + "类别 | | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n"
                + "行政复议 | | 1 | 2 | 0 | 1 | 4 |\n"
                + "行政诉讼 | 未经复议直接起诉 | 2 | 0 | 0 | 1 | 3 |\n"
                + "复议后起诉 |  |  |  |  |  |\n";
        Report report = extract(text);
        Value value = report.reviewLitigation().orElseThrow().get(CaseGroup.LITIGATION_AFTER_REVIEW, CaseOutcome.UPHELD);
        assertEquals(Value.State.NOT_REPORTED, value.state());
        assertEquals(5, value.origin() instanceof Origin.Line line ? line.line() : -1,
                "the blank row's own line");
    }

    @Test
    void tableCWithItsOneDataRowBlankIsNotReportedNotMissing() throws GongkaiException {
        // The title makes it a report: a table with nothing but blanks and no title is a notice's empty template.
        String text = "青山县2023年政府信息公开工作年度报告\n"
                + "四、政府信息公开行政复议、行政诉讼情况\n"
                + "行政复议 | 行政诉讼 |\n"
                + "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |\n"
                + "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n"
                + String.join(" | ", Collections.nCopies(15, "")) + " |\n";
        Report report = extract(text);
        assertTrue(report.reviewLitigation().isPresent(), "table C is there");
        assertEquals(List.of(), anomalies(report, AnomalyCode.MISSING_TABLE).stream()
                .filter(anomaly -> anomaly.location().table().equals("reviewLitigation")).toList());
        assertEquals(15, anomalies(report, AnomalyCode.NOT_REPORTED).stream()
                .filter(anomaly -> anomaly.location().table().equals("reviewLitigation")).count());
    }
}
