package example;

import io.github.gongkai.Gongkai;
import io.github.gongkai.Limits;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.Language;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.RowKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;

/** The README's "Use it from Java" example, compiled against the published artifacts. */
public final class Example {
    private Example() {
    }

    public static Report run(Path file) throws Exception {
        // README:start
        Report report = Gongkai.parse(file);
        System.out.println(report.info().body().orElse("?") + " " + report.info().year());
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
        // README:end
        return report;
    }
}
