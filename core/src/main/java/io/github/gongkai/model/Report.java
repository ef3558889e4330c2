package io.github.gongkai.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One annual report as a typed, immutable model.
 *
 * @param source           the file it was read from
 * @param info             title, issuing body, year and template
 * @param sections         the numbered sections found, in order
 * @param activeDisclosure table A, 主动公开政府信息情况, when the report has it
 * @param applications     table B, 收到和处理政府信息公开申请情况, when the report has it
 * @param reviewLitigation table C, 政府信息公开行政复议、行政诉讼情况, when the report has it
 * @param anomalies        what is wrong, doubtful or missing
 * @param checks           the outcome of every identity the report is subject to
 */
public record Report(Source source, ReportInfo info, List<Section> sections,
                     Optional<Figures<ActiveItem, Measure>> activeDisclosure,
                     Optional<Figures<RowKey, Applicant>> applications,
                     Optional<Figures<CaseGroup, CaseOutcome>> reviewLitigation,
                     List<Anomaly> anomalies, List<Check> checks) {
    /** Checks the components: none may be null, and collections are copied unmodifiable. */
    public Report {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(info, "info");
        sections = List.copyOf(sections);
        Objects.requireNonNull(activeDisclosure, "activeDisclosure");
        Objects.requireNonNull(applications, "applications");
        Objects.requireNonNull(reviewLitigation, "reviewLitigation");
        anomalies = List.copyOf(anomalies);
        checks = List.copyOf(checks);
    }

    /** The section with this number (1–6), when it was found. */
    public Optional<Section> section(int number) {
        return sections.stream().filter(s -> s.number() == number).findFirst();
    }

    /** The same report with the findings of the checks. */
    public Report withFindings(List<Anomaly> anomalies, List<Check> checks) {
        return new Report(source, info, sections, activeDisclosure, applications, reviewLitigation, anomalies, checks);
    }
}
