package io.github.gongkai.internal.check;

/**
 * One rule a report is checked against. A rule is stateless: it reads the report and what the mapping saw, and
 * adds what it finds; {@link ReportChecker} runs every rule in one order, which is the order of the findings.
 */
interface Rule {

    /** Checks one report and adds the anomalies found and the outcomes of its identities. */
    void check(ReportContext context, Findings findings);
}
