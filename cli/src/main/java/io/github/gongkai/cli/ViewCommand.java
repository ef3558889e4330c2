package io.github.gongkai.cli;

import io.github.gongkai.Gongkai;
import io.github.gongkai.cli.output.AtomicFiles;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.Report;
import io.github.gongkai.view.ReportView;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai view}: one report as a self-contained HTML page for auditing what was read. */
@Command(name = "view", mixinStandardHelpOptions = true,
        header = "Writes one report as an HTML page for auditing what was read.",
        description = {"The page is self-contained (open it from disk; it loads nothing): the three tables as the",
                "template lays them out, every cell coloured by what happened to it, its text as read and its",
                "origin, for a PDF a picture of the page region; the anomalies, each linked to its cells; the",
                "checks; the sections' text. To standard output, or with -o to a file.",
                "Exits 0 when the page was written, 2 when the file could not be read."})
final class ViewCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "a report file (PDF, HTML, DOCX, DOC, text)")
    private Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "report.html", description = "write the page to this file")
    private Path output;

    @Option(names = "--verbose", description = "print the stack trace of a failure, and log lines of the format libraries")
    private boolean verbose;

    @Mixin
    private LimitOptions limits;

    @Mixin
    private CheckOptions checks;

    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() throws IOException {
        Report report;
        try {
            report = Gongkai.builder().limits(limits.limits()).checks(checks.codes()).provenance(true).build().read(file);
        } catch (GongkaiException e) {
            FailurePrinter.print(spec.commandLine().getErr(), e, verbose);
            return ExitCodes.UNREADABLE;
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            ReportView.write(report, file, language.language(), out);
            out.flush();
        } else {
            Path target = output.toAbsolutePath();
            AtomicFiles.writeText(target.getParent(), target, false,
                    out -> ReportView.write(report, file, language.language(), out));
        }
        return ExitCodes.OK;
    }
}
