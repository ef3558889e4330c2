package io.github.gongkai.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusCheckerTest {

    @Test
    void tablesCopiedIntoNextYearsReportAreFlaggedInNextYearsReport() {
        Report last = SampleReport.report(SampleReport.text(), "");
        Report next = SampleReport.report(SampleReport.text().replace("2022年", "2023年"), "");
        List<Report> checked = CorpusChecker.check(List.of(next, last));
        List<String> copied = checked.get(0).anomalies().stream()
                .filter(anomaly -> anomaly.code() == AnomalyCode.COPIED_TABLE)
                .map(anomaly -> anomaly.location().table()).toList();
        assertTrue(copied.containsAll(List.of("activeDisclosure", "applications")), copied.toString());
        assertEquals(last, checked.get(1), "last year's report is not changed");
    }

    @Test
    void aBodyNamedWithItsOuterPlacesOneYearIsTheSameBody() {
        Report last = SampleReport.report(SampleReport.text(), "");
        Report next = SampleReport.report(SampleReport.text().replace("2022年", "2023年")
                .replace("清河县人民政府", "江城市清河县人民政府"), "");
        List<Report> checked = CorpusChecker.check(List.of(next, last));
        assertTrue(checked.get(0).anomalies().stream().anyMatch(anomaly -> anomaly.code() == AnomalyCode.COPIED_TABLE));
    }

    @Test
    void aShortNameSharedByTwoBodiesMatchesNeither() {
        Report first = SampleReport.report(SampleReport.text().replace("清河县人民政府", "江城市清河县人民政府"), "");
        Report second = SampleReport.report(SampleReport.text().replace("清河县人民政府", "湖城市清河县人民政府"), "");
        Report next = SampleReport.report(SampleReport.text().replace("2022年", "2023年"), "");
        List<Report> checked = CorpusChecker.check(List.of(next, first, second));
        assertEquals(next, checked.get(0));
    }

    @Test
    void reportsOfOtherBodiesAreNotCompared() {
        Report last = SampleReport.report(SampleReport.text(), "");
        Report other = SampleReport.report(SampleReport.text().replace("2022年", "2023年")
                .replace("清河县人民政府", "河西县人民政府"), "");
        List<Report> checked = CorpusChecker.check(List.of(other, last));
        assertEquals(List.of(), checked.get(0).anomalies().stream().map(Anomaly::code)
                .filter(code -> code == AnomalyCode.COPIED_TABLE || code == AnomalyCode.CARRY_OVER_MISMATCH).toList());
    }
}
