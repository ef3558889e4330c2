package io.github.gongkai.cli;

import io.github.gongkai.cli.corpus.Corpus;
import io.github.gongkai.cli.dataset.DatasetViews;
import io.github.gongkai.cli.dataset.DatasetWriter;
import java.io.IOException;
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

/** {@code gongkai dataset}: a whole corpus as JSON Lines and CSV tables for analysis. */
@Command(name = "dataset", mixinStandardHelpOptions = true,
        header = "Writes a corpus as JSON Lines and CSV tables for analysis.",
        description = {"Writes a corpus as a dataset for analysis: every file under the folders, into OUT:",
                "  reports.jsonl  one report's JSON per line",
                "  reports.csv    one row per report, one column per table cell",
                "  anomalies.csv  one row per anomaly",
                "  errors.csv     one row per file that could not be read, with the reason",
                "  SHA256SUMS     the four files' hashes, written last: they belong together when it matches",
                "  index.html     every report as a row, linking to its view in view/NAME.html",
                "A rerun reuses what earlier runs read (by content hash) and only parses new or changed files.",
                "Exits 0 when every file was read, 2 when some could not be, 130 when interrupted."})
final class DatasetCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "folders (or files) to read, walked recursively")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "the folder to write the dataset to")
    private Path output;

    @Option(names = "--bom", description = "start the CSV files with a UTF-8 byte order mark, for Excel")
    private boolean bom;

    @Mixin
    private RunOptions options;

    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() throws IOException, InterruptedException {
        InputChecks.check(spec, inputs, output);
        PrintWriter err = spec.commandLine().getErr();
        DatasetWriter.checkTargets(output);
        if (DatasetWriter.outOfStep(output) && !options.quiet) {
            err.println("gongkai: the dataset files in " + Printable.line(output.toString()) + " do not match their "
                    + DatasetWriter.MANIFEST + " (an earlier run was stopped while writing them, or one was changed); "
                    + "a complete run writes them all again");
        }
        try (Interruption interruption = new Interruption()) {
            Corpus corpus = Corpus.read(inputs, output, options.settings(), TerminalProgress.onTerminal(options.quiet),
                    interruption.stop());
            if (!options.quiet) {
                corpus.failures().forEach(result -> FailurePrinter.print(err, result.failure().orElseThrow(), options.verbose));
            }
            if (!corpus.stopped()) {
                DatasetWriter.write(corpus, output, bom, language.language());
                DatasetViews.write(corpus, output, language.language(), options.jobs());
            }
            if (!options.quiet) {
                Summary.print(err, corpus);
            }
            return ExitCodes.of(corpus);
        }
    }
}
