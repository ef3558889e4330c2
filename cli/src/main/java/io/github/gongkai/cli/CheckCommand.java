package io.github.gongkai.cli;

import io.github.gongkai.cli.corpus.Corpus;
import io.github.gongkai.cli.corpus.FileResult;
import io.github.gongkai.cli.corpus.Progress;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.Check;
import io.github.gongkai.model.Language;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai check}: anomalies for people to read; exits 1 when an error-severity anomaly is found. */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Lists each report's anomalies, one per line.",
        description = {"Folders are walked recursively; formats are told by content, not by name.",
                "Exits 1 when any report has an error-severity anomaly, 2 when a file cannot be read."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "report files, or folders of them")
    private List<Path> inputs;

    @Mixin
    private RunOptions options;

    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() throws IOException, InterruptedException {
        InputChecks.check(spec, inputs, null);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean oneFile = inputs.size() == 1 && Files.isRegularFile(inputs.get(0));
        try (Interruption interruption = new Interruption()) {
            Progress progress = oneFile ? Progress.NONE : TerminalProgress.onTerminal(options.quiet);
            Corpus corpus = Corpus.read(inputs, null, options.settings(), progress, interruption.stop());
            if (!options.quiet) {
                corpus.failures().forEach(result -> FailurePrinter.print(err, result.failure().orElseThrow(), options.verbose));
            }
            for (FileResult result : corpus.reports()) {
                print(out, result.name(), result.report().orElseThrow(), language.language());
            }
            out.flush();
            boolean errors = corpus.reports().stream().flatMap(result -> result.report().orElseThrow().anomalies().stream())
                    .anyMatch(anomaly -> anomaly.severity() == Severity.ERROR);
            int exit = ExitCodes.of(corpus);
            return exit == ExitCodes.OK && errors ? ExitCodes.ANOMALIES : exit;
        }
    }

    private static void print(PrintWriter out, String file, Report report, Language language) {
        String name = Printable.line(file);
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
