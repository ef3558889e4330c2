package io.github.gongkai.cli;

import io.github.gongkai.cli.corpus.Corpus;
import io.github.gongkai.cli.corpus.FileResult;
import io.github.gongkai.cli.corpus.Progress;
import io.github.gongkai.cli.output.AtomicFiles;
import io.github.gongkai.cli.output.OutputPaths;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.model.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai convert}: reports to JSON. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        header = "Converts reports to JSON.",
        description = {"Converts reports to JSON: to standard output for one file (JSON Lines for several),",
                "or with -o, one NAME.json per report under OUT, mirroring the folders given.",
                "Folders are walked recursively; formats are told by content, not by name.",
                "With -o, a rerun parses only files that are new or changed (by content hash).",
                "Exits 0 when every file was read, 2 when some could not be, 130 when interrupted."})
final class ConvertCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "report files (PDF, HTML, DOCX, DOC, text), or folders of them")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "write one JSON file per report under this folder")
    private Path output;

    @Option(names = "--provenance", description = "add raw cell text and source positions of every value")
    private boolean provenance;

    @Mixin
    private RunOptions options;

    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() throws IOException, InterruptedException {
        InputChecks.check(spec, inputs, output);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean oneFile = inputs.size() == 1 && Files.isRegularFile(inputs.get(0));
        try (Interruption interruption = new Interruption()) {
            Progress progress = oneFile ? Progress.NONE : TerminalProgress.onTerminal(options.quiet);
            Corpus corpus = Corpus.read(inputs, output, options.settings(), progress, interruption.stop());
            if (!options.quiet) {
                corpus.failures().forEach(result -> FailurePrinter.print(err, result.failure().orElseThrow(), options.verbose));
            }
            if (!corpus.stopped()) {
                for (FileResult result : corpus.reports()) {
                    write(out, result, oneFile);
                }
                out.flush();
            }
            if (!options.quiet && !oneFile) {
                Summary.print(err, corpus);
            }
            return ExitCodes.of(corpus);
        }
    }

    private void write(PrintWriter out, FileResult result, boolean oneFile) throws IOException {
        Report report = result.report().orElseThrow();
        if (output != null) {
            byte[] json = (ReportJson.write(report, provenance, language.language()) + "\n").getBytes(StandardCharsets.UTF_8);
            AtomicFiles.writeIfChanged(output, OutputPaths.under(output, result.name(), ".json"), json);
        } else if (oneFile) {
            out.println(ReportJson.write(report, provenance, language.language()));
        } else {
            out.println(ReportJson.writeLine(report, provenance, language.language()));
        }
    }
}
