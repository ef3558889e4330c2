package io.github.gongkai.check;

import io.github.gongkai.model.Measure;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.Template;

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
        Findings findings = new Findings();
        Template template = report.info().template().orElse(Template.T2021);
        CompletenessRules.check(report, findings);
        report.activeDisclosure().ifPresent(table -> CellRules.check(table, 2, "activeDisclosure",
                Measure::isSigned, Measure::isMoney, item -> false, findings));
        report.applications().ifPresent(table -> {
            CellRules.check(table, 3, "applications", column -> false, column -> false,
                    row -> ApplicationsRules.isDerived(row, template), findings);
            ApplicationsRules.check(table, template, findings);
        });
        report.reviewLitigation().ifPresent(table -> {
            CellRules.check(table, 4, "reviewLitigation", column -> false, column -> false, group -> false, findings);
            ReviewLitigationRules.check(table, findings);
        });
        TemplateRules.check(report, findings);
        NarrativeRules.check(report, findings);
        StatedTotalRules.check(report, findings);
        FeeRules.check(report, findings);
        YearRules.check(report, findings);
        BodyRules.check(report, findings);
        PlaceholderRules.check(report, findings);
        LayoutRules.check(observations, findings);
        SourceRules.check(report, observations.pinyinAnnotated(), findings);
        return report.withFindings(findings.anomalies, findings.checks);
    }
}
