package io.github.gongkai.check;

import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.Figures;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that need several reports at once: this year's 二、上年结转 against last year's
 * 四、结转下年度继续办理 for the same body, tables copied unchanged from last year's report, and aggregated
 * reports against the sum of their units'. Bodies are matched by their normalised name.
 */
public final class CorpusChecker {
    private CorpusChecker() {
    }

    /**
     * Checks reports given together (a folder of one scrape).
     *
     * @param reports reports in any order
     * @return the same reports in the same order, each with the findings that concern it added
     */
    public static List<Report> check(List<Report> reports) {
        Map<String, Report> byBodyAndYear = new HashMap<>();
        for (Report report : reports) {
            key(report, 0).ifPresent(key -> byBodyAndYear.putIfAbsent(key, report));
        }
        List<Report> checked = new ArrayList<>(reports.size());
        for (Report report : reports) {
            Findings findings = new Findings();
            Report previous = key(report, -1).map(byBodyAndYear::get).orElse(null);
            if (previous != null) {
                if (report.applications().isPresent() && previous.applications().isPresent()) {
                    carryOver(report.applications().get(), previous, findings);
                }
                CopiedTables.check(report, previous, findings);
            }
            Aggregates.check(report, reports, findings);
            if (findings.anomalies.isEmpty() && findings.checks.isEmpty()) {
                checked.add(report);
                continue;
            }
            findings.anomalies.addAll(0, report.anomalies());
            findings.checks.addAll(0, report.checks());
            checked.add(report.withFindings(findings.anomalies, findings.checks));
        }
        return checked;
    }

    private static void carryOver(Figures<RowKey, Applicant> table, Report previous, Findings findings) {
        Figures<RowKey, Applicant> last = previous.applications().orElseThrow();
        for (Applicant column : Applicant.values()) {
            Value now = table.get(RowKey.CARRIED_OVER, column);
            Value before = last.get(RowKey.CARRIED_FORWARD, column);
            findings.identity("corpus.carryOver." + column.key(), AnomalyCode.CARRY_OVER_MISMATCH,
                    new Message(column.label() + ": 二、上年结转 differs from " + previous.source().file()
                            + "'s 四、结转下年度继续办理",
                            column.label() + ":二、上年结转与" + previous.source().file() + "的四、结转下年度继续办理不符"),
                    new Location(3, "applications", RowKey.CARRIED_OVER.key(), column.key(), now.origin()),
                    List.of(before), List.of(now));
        }
    }

    private static Optional<String> key(Report report, int yearOffset) {
        if (report.info().body().isEmpty() || report.info().year().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(report.info().body().get() + "/" + (report.info().year().getAsInt() + yearOffset));
    }
}
