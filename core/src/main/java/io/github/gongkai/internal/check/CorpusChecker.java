package io.github.gongkai.internal.check;

import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.Figures;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.TableKind;
import io.github.gongkai.model.Value;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Checks that need several reports at once: this year's 二、上年结转 against last year's
 * 四、结转下年度继续办理 for the same body, tables copied unchanged from last year's report, and aggregated
 * reports against the sum of their units'. Bodies are matched by their normalised name, or where one report
 * names its body in full and the other without its outer places (淮安市洪泽区人民政府, 洪泽区人民政府), by the
 * shorter name when it matches no other body of that year.
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
        return check(reports, EnumSet.allOf(AnomalyCode.class));
    }

    /**
     * Checks reports given together, looking only for some anomalies.
     *
     * @param reports reports in any order
     * @param codes   the anomalies to look for; the outcomes of identities whose failure raises another code
     *                are left out too
     * @return the same reports in the same order, each with the findings that concern it added
     */
    public static List<Report> check(List<Report> reports, Set<AnomalyCode> codes) {
        Map<String, Report> byBodyAndYear = new HashMap<>();
        for (Report report : reports) {
            key(report, 0).ifPresent(key -> byBodyAndYear.putIfAbsent(key, report));
        }
        List<Report> checked = new ArrayList<>(reports.size());
        for (Report report : reports) {
            Findings findings = new Findings(codes);
            Report previous = key(report, -1).map(byBodyAndYear::get).orElseGet(() -> previousByShortName(report, reports));
            if (previous != null) {
                if (report.applications().isPresent() && previous.applications().isPresent()) {
                    carryOver(report.applications().get(), previous, findings);
                }
                CopiedTables.check(report, previous, findings);
            }
            Aggregates.check(report, reports, findings);
            if (findings.anomalies().isEmpty() && findings.checks().isEmpty()) {
                checked.add(report);
                continue;
            }
            checked.add(report.withFindings(concat(report.anomalies(), findings.anomalies()),
                    concat(report.checks(), findings.checks())));
        }
        return checked;
    }

    private static <T> List<T> concat(List<T> first, List<T> then) {
        List<T> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
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
                    Location.cell(TableKind.APPLICATIONS, RowKey.CARRIED_OVER, column, now.origin()),
                    List.of(before), List.of(now));
        }
    }

    /**
     * Last year's report of a body named with more or fewer outer places, where exactly one report of last year
     * has a name one ends with; null where none or several do.
     */
    private static Report previousByShortName(Report report, List<Report> reports) {
        if (report.info().body().isEmpty() || report.info().year().isEmpty()) {
            return null;
        }
        String body = report.info().body().get();
        int lastYear = report.info().year().getAsInt() - 1;
        List<Report> candidates = reports.stream()
                .filter(other -> other.info().year().equals(OptionalInt.of(lastYear)))
                .filter(other -> other.info().body().filter(name -> sameBody(name, body)).isPresent())
                .toList();
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    /** Whether one name is the other with outer places before it, and the shorter still names a place and type. */
    private static boolean sameBody(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return longer.endsWith(shorter) && BodyRules.parse(shorter).isPresent();
    }

    private static Optional<String> key(Report report, int yearOffset) {
        if (report.info().body().isEmpty() || report.info().year().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(report.info().body().get() + "/" + (report.info().year().getAsInt() + yearOffset));
    }
}
