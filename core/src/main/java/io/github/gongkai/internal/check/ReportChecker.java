package io.github.gongkai.internal.check;

import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Report;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Runs every rule over a report and returns it with its anomalies and check outcomes. Stateless. */
public final class ReportChecker {
    /** Every rule, in the order their findings are listed: what is missing, then each table, then the text. */
    private static final List<Rule> RULES = List.of(
            new CompletenessRules(),
            new MappingFindings(),
            CellRules.ACTIVE_DISCLOSURE,
            new UnitRules(),
            CellRules.APPLICATIONS,
            new ApplicationsRules(),
            CellRules.REVIEW_LITIGATION,
            new ReviewLitigationRules(),
            new TemplateRules(),
            new NarrativeRules(),
            new OutcomeClaimRules(),
            new StatedTotalRules(),
            new FeeRules(),
            new YearRules(),
            new BodyRules(),
            new PlaceholderRules(),
            new LayoutRules(),
            new SourceRules());

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
        ReportContext context = ReportContext.of(report, observations);
        for (Rule rule : RULES) {
            rule.check(context, findings);
        }
        return report.withFindings(findings.anomalies(), findings.checks());
    }
}
