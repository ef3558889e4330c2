package io.github.gongkai.internal.check;

import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Measure;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.TableKind;
import io.github.gongkai.model.Template;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Runs every rule over a report and returns it with its anomalies and check outcomes. Stateless. */
public final class ReportChecker {
    private ReportChecker() {
    }

    /**
     * Checks a report.
     *
     * @param report       the report as mapped, without findings
     * @param observations what the mapping saw of the source that the model does not keep
     * @return the same report with its anomalies and checks
     */
    public static Report check(Report report, Observations observations) {
        return check(report, observations, EnumSet.allOf(AnomalyCode.class));
    }

    /**
     * Checks a report for some anomalies only.
     *
     * @param report       the report as mapped, without findings
     * @param observations what the mapping saw of the source that the model does not keep
     * @param codes        the anomalies to look for; the outcomes of identities whose failure raises another
     *                     code are left out too
     * @return the same report with those anomalies and checks
     */
    public static Report check(Report report, Observations observations, Set<AnomalyCode> codes) {
        Findings findings = new Findings(codes);
        Template template = report.info().template().orElse(Template.T2021);
        CompletenessRules.check(report, findings);
        observations.mapping().forEach(findings::add);
        report.activeDisclosure().ifPresent(table -> {
            CellRules.check(table, TableKind.ACTIVE_DISCLOSURE, Measure::isSigned, Measure::isMoney, item -> false, findings);
            UnitRules.check(table, observations.declaredUnits(), findings);
        });
        report.applications().ifPresent(table -> {
            CellRules.check(table, TableKind.APPLICATIONS, column -> false, column -> false,
                    row -> ApplicationsRules.isDerived(row, template, table), findings);
            ApplicationsRules.check(table, template, findings);
        });
        report.reviewLitigation().ifPresent(table -> {
            CellRules.check(table, TableKind.REVIEW_LITIGATION, column -> false, column -> false, group -> false, findings);
            ReviewLitigationRules.check(table, findings);
        });
        TemplateRules.check(report, findings);
        List<Sentences.Sentence> sentences = Sentences.of(report);
        NarrativeRules.check(report, sentences, findings);
        OutcomeClaimRules.check(report, sentences, findings);
        StatedTotalRules.check(report, sentences, findings);
        FeeRules.check(report, sentences, findings);
        YearRules.check(report, sentences, findings);
        BodyRules.check(report, sentences, findings);
        PlaceholderRules.check(report, sentences, findings);
        LayoutRules.check(observations, findings);
        SourceRules.check(report, observations.pinyinAnnotated(), findings);
        return report.withFindings(findings.anomalies(), findings.checks());
    }
}
