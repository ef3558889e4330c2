package example;

import io.github.gongkai.Gongkai;
import io.github.gongkai.Limits;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.Language;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.ReportInfo;
import io.github.gongkai.model.RowKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;

/** Reads the report named on the command line and prints what it holds. */
public final class Example {
    private Example() {
    }

    public static void main(String[] args) throws GongkaiException {
        Path file = Path.of(args[0]);
        Report report = Gongkai.parse(file);
        ReportInfo info = report.info();
        // The issuing body and the year, e.g. "石子镇人民政府 2022"; a report may state neither.
        System.out.println(info.body().orElse("?") + " " + (info.year().isPresent() ? info.year().getAsInt() : "?"));
        // Table B, applications newly received in total: a number, or null where the report left it blank.
        report.applications().ifPresent(table ->
                System.out.println(table.get(RowKey.NEWLY_RECEIVED, Applicant.TOTAL).number().orElse(null)));
        report.anomalies().forEach(anomaly -> System.out.println(anomaly.code() + " " + anomaly.message()));

        // One configured instance, shared by every thread of a crawler:
        Gongkai gongkai = Gongkai.builder()
                .limits(Limits.DEFAULT.withMaxTimePerFile(Duration.ofSeconds(20)))
                .language(Language.ZH)
                .checks(EnumSet.complementOf(EnumSet.of(AnomalyCode.NOT_REPORTED)))
                .build();
        System.out.println(gongkai.json(gongkai.read(file)));
    }
}
