package io.github.gongkai.cli;

import io.github.gongkai.Gongkai;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.Check;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.Language;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai check}: anomalies for people to read; exits 1 when an error-severity anomaly is found. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Lists each report's anomalies, one per line.",
                "Exits 1 when any report has an error-severity anomaly, 2 when a file cannot be read."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "report files")
    private List<Path> files;

    @Option(names = "--verbose", description = "print stack traces of failures")
    private boolean verbose;

    @Mixin
    private LimitOptions limits;

    @Mixin
    private LanguageOption language;

    @Mixin
    private CheckOptions checks;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean errors = false;
        boolean unreadable = false;
        Gongkai gongkai = Gongkai.builder().limits(limits.limits()).checks(checks.codes()).build();
        for (Path file : files) {
            try {
                Report report = gongkai.read(file);
                print(out, file, report, language.language());
                errors |= report.anomalies().stream().anyMatch(a -> a.severity() == Severity.ERROR);
            } catch (GongkaiException e) {
                Failures.report(err, e, verbose);
                unreadable = true;
            }
        }
        out.flush();
        return unreadable ? ExitCodes.UNREADABLE : errors ? ExitCodes.ANOMALIES : ExitCodes.OK;
    }

    private static void print(PrintWriter out, Path file, Report report, Language language) {
        String name = Printable.line(file.toString());
        for (Anomaly anomaly : report.anomalies()) {
            out.printf("%s: %-7s %-26s %s%n", name, anomaly.severity().key(), anomaly.code(),
                    Printable.line(where(anomaly.location()) + anomaly.message().in(language)));
        }
        long passed = report.checks().stream().filter(c -> c.outcome() == Check.Outcome.PASS).count();
        long failed = report.checks().stream().filter(c -> c.outcome() == Check.Outcome.FAIL).count();
        long open = report.checks().size() - passed - failed;
        out.printf("%s: %d anomalies; identities: %d pass, %d fail, %d not assessable%n", name,
                report.anomalies().size(), passed, failed, open);
    }

    private static String where(Location location) {
        StringBuilder where = new StringBuilder();
        if (!location.table().isEmpty()) {
            where.append(location.table());
            if (!location.row().isEmpty()) {
                where.append('.').append(location.row());
            }
            if (!location.column().isEmpty()) {
                where.append('.').append(location.column());
            }
        } else if (location.section() > 0) {
            where.append("section ").append(location.section());
        }
        if (location.origin() != io.github.gongkai.document.Origin.UNKNOWN) {
            where.append(" (").append(location.origin().describe()).append(')');
        }
        return where.length() == 0 ? "" : where + ": ";
    }
}
