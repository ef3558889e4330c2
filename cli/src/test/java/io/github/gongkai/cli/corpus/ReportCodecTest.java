package io.github.gongkai.cli.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.cli.TestCorpus;
import io.github.gongkai.document.Origin;
import io.github.gongkai.json.ReportCodec;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.CaseGroup;
import io.github.gongkai.model.CaseOutcome;
import io.github.gongkai.model.Check;
import io.github.gongkai.model.Figures;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.ReportInfo;
import io.github.gongkai.model.Section;
import io.github.gongkai.model.Source;
import io.github.gongkai.model.Value;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A kept report reads back as the same report: its JSON, with provenance, is unchanged. */
class ReportCodecTest {

    @Test
    void everyFixtureReportSurvivesTheRoundTrip() throws IOException {
        int reports = 0;
        for (Report report : TestCorpus.shared().reports().values()) {
            Report back = ReportCodec.decode(ReportCodec.encode(report), report.source().file());
            assertEquals(ReportJson.write(report, true), ReportJson.write(back, true), report.source().file());
            assertEquals(rawTexts(report.sections()), rawTexts(back.sections()), report.source().file());
            reports++;
        }
        assertEquals(true, reports >= 20, reports + " reports");
    }

    @Test
    void pageRegionsPathsNumbersAndStatesSurviveTheRoundTrip() {
        Map<CaseOutcome, Value> review = new EnumMap<>(CaseOutcome.class);
        review.put(CaseOutcome.UPHELD, Value.reported(new BigDecimal("3"), "3", new Origin.Region(2, 71.5, 400.25, 30, 12)));
        review.put(CaseOutcome.CORRECTED, Value.notReported("—", new Origin.Path("body>table[3]>tr[4]>td[2]")));
        review.put(CaseOutcome.OTHER, Value.unreadable("三", new Origin.Line(12)));
        review.put(CaseOutcome.TOTAL, Value.reported(new BigDecimal("12.50"), "12.50", Origin.UNKNOWN));
        review.put(CaseOutcome.PENDING, Value.reported(new BigDecimal("8"), "8", new Origin.Recognized(
                new Origin.Region(2, 500, 170, 36, 14), 0.84, List.of())).withReading(Value.Reading.OCR));
        Report report = new Report(new Source("a.pdf", Format.PDF, "ab".repeat(32), 6),
                new ReportInfo("", Optional.empty(), OptionalInt.of(2020), Optional.empty()),
                List.of(new Section(1, "总体情况", "text", "raw text", List.of(), new Origin.Region(1, 0, 0, 10, 10))),
                Optional.empty(), Optional.empty(),
                Optional.of(Figures.of(CaseGroup.class, Map.of(CaseGroup.REVIEW, review, CaseGroup.LITIGATION_DIRECT, Map.of()))),
                List.of(Anomaly.arithmetic(AnomalyCode.REVIEW_LITIGATION_TOTAL, new Message("total", "总计"), new Location(4,
                        "reviewLitigation", "review", "total", new Origin.Region(2, 1, 2, 3, 4)),
                        new BigDecimal("3"), new BigDecimal("12.5"))),
                List.of(new Check("reviewLitigation.total.review", Check.Outcome.NOT_ASSESSABLE, Location.REPORT)));

        Report back = ReportCodec.decode(ReportCodec.encode(report), "renamed.pdf");

        assertEquals(ReportJson.write(report, true).replace("\"a.pdf\"", "\"renamed.pdf\""), ReportJson.write(back, true));
        assertEquals("raw text", back.sections().get(0).rawText());
        assertEquals(Value.State.UNREADABLE, back.reviewLitigation().orElseThrow().get(CaseGroup.REVIEW, CaseOutcome.OTHER).state());
    }

    private static List<String> rawTexts(List<Section> sections) {
        return sections.stream().flatMap(s -> java.util.stream.Stream.concat(java.util.stream.Stream.of(s.rawText()),
                rawTexts(s.subsections()).stream())).toList();
    }
}
