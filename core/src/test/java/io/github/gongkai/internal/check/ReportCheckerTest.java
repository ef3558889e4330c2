package io.github.gongkai.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.Report;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportCheckerTest {
    private static final Anomaly GLUED = Anomaly.of(AnomalyCode.UNREADABLE_CELL, new Message("glued", "粘连"),
            Location.REPORT, "270020130");

    private static Report unchecked(String text) {
        return SampleReport.report(text, "").withFindings(List.of(), List.of());
    }

    @Test
    void theCleanReportHasNoAnomalies() {
        Report checked = ReportChecker.check(unchecked(SampleReport.text()), new Observations(false, List.of(), List.of()));
        assertEquals(List.of(), checked.anomalies());
    }

    @Test
    void findingsComeInTheOrderOfTheRulesWithTheMappingsOwnAfterTheMissingParts() {
        String text = SampleReport.text().replace("五、存在的主要问题及改进情况\n", "")
                .replace("一、本年新收政府信息公开申请数量 | 80 | 17 | 4 | 2 | 3 | 7 | 113 |",
                        "一、本年新收政府信息公开申请数量 | / | 17 | 4 | 2 | 3 | 7 | 113 |");
        Report checked = ReportChecker.check(unchecked(text),
                new Observations(true, List.of(), List.of(), Map.of(), List.of(GLUED)));
        assertEquals(List.of(AnomalyCode.MISSING_SECTION, AnomalyCode.UNREADABLE_CELL, AnomalyCode.NOT_REPORTED,
                AnomalyCode.PINYIN_MIRROR), checked.anomalies().stream().map(Anomaly::code).toList());
    }

    @Test
    void codesNotLookedForAreLeftOut() {
        Report checked = ReportChecker.check(unchecked(SampleReport.text()),
                new Observations(true, List.of(), List.of()), EnumSet.complementOf(EnumSet.of(AnomalyCode.PINYIN_MIRROR)));
        assertEquals(List.of(), checked.anomalies());
    }
}
