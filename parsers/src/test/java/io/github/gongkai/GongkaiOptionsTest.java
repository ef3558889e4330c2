package io.github.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Check;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.Language;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.Template;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What each setting of {@link Gongkai.Builder} changes in what an instance returns, and what it leaves alone. */
class GongkaiOptionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path BALANCE_BROKEN = Fixtures.ROOT.resolve("text/broken/applications-balance-broken.txt");
    private static final Path SEED = Fixtures.ROOT.resolve("seed/000_a52c36ee9163b5ed.txt");

    @Test
    void onlyTheChosenAnomaliesAndTheIdentitiesBehindThemAreReported() throws IOException {
        Report all = Gongkai.parse(BALANCE_BROKEN);
        Report balance = Gongkai.builder().checks(Set.of(AnomalyCode.APPLICATIONS_BALANCE)).build().read(BALANCE_BROKEN);
        Set<AnomalyCode> others = EnumSet.complementOf(EnumSet.of(AnomalyCode.APPLICATIONS_BALANCE));
        Report rest = Gongkai.builder().checks(others).build().read(BALANCE_BROKEN);

        assertEquals(2, all.anomalies().size(), "the fixture breaks the balance in two columns");
        assertEquals(all.anomalies(), balance.anomalies());
        assertFalse(balance.checks().isEmpty());
        assertTrue(balance.checks().stream().allMatch(check -> check.id().startsWith("applications.balance")),
                balance.checks().toString());
        assertEquals(List.of(), rest.anomalies());
        assertTrue(rest.checks().stream().noneMatch(check -> check.id().startsWith("applications.balance")));
        assertEquals(all.checks().size(), balance.checks().size() + rest.checks().size(), "every check belongs to a code");
        assertEquals(all.applications(), balance.applications(), "the tables are read the same");
    }

    @Test
    void noChecksReadsTheReportWithoutFindings() throws IOException {
        Report unchecked = Gongkai.builder().checks(Set.of()).build().read(BALANCE_BROKEN);
        assertEquals(List.of(), unchecked.anomalies());
        assertEquals(List.of(), unchecked.checks());
        assertEquals(Gongkai.parse(BALANCE_BROKEN).withFindings(List.of(), List.of()), unchecked);
    }

    @Test
    void crossChecksLookOnlyForTheChosenAnomalies() throws IOException {
        List<Report> reports = new ArrayList<>();
        try (Stream<Path> files = Files.list(Fixtures.ROOT.resolve("text/corpus/year-over-year"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                reports.add(Gongkai.parse(file));
            }
        }
        Gongkai copiesOnly = Gongkai.builder().checks(Set.of(AnomalyCode.COPIED_TABLE)).build();
        List<AnomalyCode> all = codes(Gongkai.builder().build().crossCheck(reports));
        List<AnomalyCode> copies = codes(copiesOnly.crossCheck(reports.stream()
                .map(report -> report.withFindings(List.of(), List.of())).toList()));

        assertTrue(all.contains(AnomalyCode.CARRY_OVER_MISMATCH) && all.contains(AnomalyCode.COPIED_TABLE), all.toString());
        assertEquals(List.of(AnomalyCode.COPIED_TABLE), copies.stream().distinct().toList());
    }

    @Test
    void jsonIsWrittenInTheChosenLanguage() throws IOException {
        Report report = Gongkai.parse(BALANCE_BROKEN);
        Anomaly first = report.anomalies().get(0);

        JsonNode english = JSON.readTree(Gongkai.builder().build().json(report));
        JsonNode chinese = JSON.readTree(Gongkai.builder().language(Language.ZH).build().json(report));

        assertEquals(first.message().english(), english.path("anomalies").get(0).path("message").asText());
        assertEquals(first.message().chinese(), chinese.path("anomalies").get(0).path("message").asText());
    }

    @Test
    void jsonCarriesSourcePositionsOnlyWithProvenance() throws IOException {
        Report report = Gongkai.parse(SEED);
        assertFalse(JSON.readTree(Gongkai.builder().build().json(report)).has("provenance"));
        assertTrue(JSON.readTree(Gongkai.builder().provenance(true).build().json(report)).has("provenance"));
    }

    @Test
    void warningsAboutTheInputReachTheReportAndItsJson() throws IOException {
        Report mislabelled = Gongkai.parse(Fixtures.ROOT.resolve("html/wrong-declaration-district-2021.html"));
        Report clean = Gongkai.parse(Fixtures.ROOT.resolve("html/cms-export-county-2023.html"));

        assertFalse(mislabelled.source().warnings().isEmpty());
        assertTrue(mislabelled.source().warnings().get(0).contains("declares"), mislabelled.source().warnings().toString());
        assertEquals(mislabelled.source().warnings().get(0),
                JSON.readTree(Gongkai.builder().build().json(mislabelled)).path("source").path("warnings").get(0).asText());
        assertEquals(List.of(), clean.source().warnings());
        assertFalse(JSON.readTree(Gongkai.builder().build().json(clean)).path("source").has("warnings"));
    }

    @Test
    void aStreamReadsLikeTheFileItHolds() throws IOException {
        byte[] bytes = Files.readAllBytes(SEED);
        Report fromStream = Gongkai.parse(new ByteArrayInputStream(bytes), SEED.toString());
        assertEquals(Gongkai.parse(SEED), fromStream);
    }

    @Test
    void theDetectedFormatAndTemplateAreInTheResult() throws IOException {
        Report report = Gongkai.parse(Fixtures.ROOT.resolve("html/template-2019-county-2020.html"));
        assertEquals(Format.HTML, report.source().format());
        assertEquals(Template.T2019, report.info().template().orElseThrow());
        assertTrue(report.checks().stream().map(Check::outcome).anyMatch(o -> o == Check.Outcome.PASS));
    }

    @Test
    void anInstanceLimitsWhatItReads() {
        Gongkai tiny = Gongkai.builder().limits(Limits.DEFAULT.withMaxFileBytes(100)).build();
        GongkaiException e = assertThrows(GongkaiException.class, () -> tiny.read(SEED));
        assertEquals(GongkaiException.Reason.TOO_LARGE, e.reason());
    }

    private static List<AnomalyCode> codes(List<Report> reports) {
        return reports.stream().flatMap(report -> report.anomalies().stream()).map(Anomaly::code).toList();
    }
}
