package example;

import io.github.gongkai.Gongkai;
import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.RowKey;
import java.nio.file.Path;

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
        // README:end
        return report;
    }
}
