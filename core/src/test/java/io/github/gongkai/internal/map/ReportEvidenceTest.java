package io.github.gongkai.internal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.document.Document;
import io.github.gongkai.document.Metadata;
import io.github.gongkai.document.PipeText;
import io.github.gongkai.internal.pipeline.Pipeline;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.Source;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A document is a report on general evidence: tables holding numbers, or a title naming a report. */
class ReportEvidenceTest {
    private static final Source SOURCE = new Source("test.txt", Format.TEXT, "", 0);
    private static final String TABLE_A = "二、主动公开政府信息情况\n第二十条第(一)项 |\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n";

    @ParameterizedTest
    @ValueSource(strings = {"青石县2023年政府信息公开工作年度报告", "青石镇人民政府政府信息公开年报(2023年度)",
        "青石县人民政府关于2022年政府信息公开工作情况的报告", "政府信息公开工作年度报告 2024-01-30"})
    void titlesNamingAReport(String title) {
        assertTrue(ReportEvidence.namesAReport(title));
    }

    @ParameterizedTest
    @ValueSource(strings = {"中华人民共和国政府信息公开工作年度报告格式", "青石县召开2023年度政府信息公开工作年度报告编制工作部署会",
        "关于做好2023年政府信息公开工作年度报告编制工作的通知", ""})
    void titlesNamingNoReport(String title) {
        assertFalse(ReportEvidence.namesAReport(title));
    }

    @Test
    void emptyTemplateTablesUnderAFormatsTitleAreNoReport() {
        Document notice = PipeText.read("政府信息公开工作年度报告格式\n" + TABLE_A + "规章 |  |  |  |\n行政规范性文件 |  |  |  |\n");
        GongkaiException e = assertThrows(GongkaiException.class, () -> Pipeline.run(notice, SOURCE));
        assertEquals(GongkaiException.Reason.NO_REPORT, e.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"规章 | 2 | 0 | 15 |", "规章 | 270015 |", "规章 | 2件 | 0 | 15 |", "规章2015 |"})
    void tablesHoldingNumbersAreAReportWithoutATitle(String row) throws GongkaiException {
        assertTrue(Pipeline.run(PipeText.read(TABLE_A + row + "\n"), SOURCE).sections().size() == 1);
    }

    @Test
    void reportsTitleWithoutTablesIsAReport() throws GongkaiException {
        String text = "青石县2013年政府信息公开工作年度报告\n一、概述\n2013年,我县主动公开政府信息2316条。\n";
        assertEquals(2013, Pipeline.run(PipeText.read(text), SOURCE).info().year().orElseThrow());
    }

    @Test
    void reportWithoutTitleOrTablesIsAReportByItsSectionsUnlessANoticeHeadsThem() throws GongkaiException {
        String sections = "一、总体情况\n2013年,我县主动公开政府信息2316条。\n二、主动公开政府信息情况\n公开2316条。\n"
                + "三、收到和处理政府信息公开申请情况\n收到申请37件。\n五、存在的主要问题及改进情况\n更新不够及时。\n";
        assertEquals(2013, Pipeline.run(PipeText.read(sections), SOURCE).info().year().orElseThrow());
        Document notice = PipeText.read("国办公开办函〔2021〕30号\n现将年度报告格式印发给你们。\n" + sections);
        assertThrows(GongkaiException.class, () -> Pipeline.run(notice, SOURCE));
    }

    @Test
    void listOfReportsWithTheirOpeningsIsNoReport() {
        StringBuilder text = new StringBuilder();
        for (String body : List.of("青石县", "青石县教育局", "青石县白石镇人民政府")) {
            text.append(body).append("2023年政府信息公开工作年度报告 2024-01-30\n一、总体情况 2023年,").append(body)
                    .append("坚持以公开为常态……\n");
        }
        GongkaiException e = assertThrows(GongkaiException.class,
                () -> Pipeline.run(PipeText.read(text.toString()), SOURCE));
        assertTrue(e.getMessage().contains("3 reports' titles"), e.getMessage());
    }

    @Test
    void pageOnlyPointingToAnAttachmentSaysSoWithTheLink() {
        Document page = PipeText.read("青石县2023年政府信息公开工作年度报告\n详见附件。\n附件:青石县2023年政府信息公开工作年度报告.pdf\n");
        Document linked = new Document(page.blocks(), new Metadata("", "", "", 0, Set.of(), List.of(), "",
                List.of("/xxgk/P0201.pdf")));
        GongkaiException e = assertThrows(GongkaiException.class, () -> Pipeline.run(linked, SOURCE));
        assertTrue(e.getMessage().contains("attachment (详见附件): /xxgk/P0201.pdf"), e.getMessage());
        e = assertThrows(GongkaiException.class, () -> Pipeline.run(page, SOURCE));
        assertTrue(e.getMessage().contains(": 青石县2023年政府信息公开工作年度报告.pdf"), e.getMessage());
    }
}
