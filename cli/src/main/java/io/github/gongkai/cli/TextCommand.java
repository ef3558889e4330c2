package io.github.gongkai.cli;

import io.github.gongkai.Gongkai;
import io.github.gongkai.document.PipeText;
import io.github.gongkai.model.GongkaiException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai text}: the document as the mapping sees it, for debugging a parse. */
@Command(name = "text", mixinStandardHelpOptions = true,
        header = "Prints a file's document as pipe-delimited text.",
        description = "The text is normalised as the mapping sees it (--raw: as read), one table row per line.")
final class TextCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "a report file")
    private Path file;

    @Option(names = "--raw", description = "print the text as read, without normalisation")
    private boolean raw;

    @Option(names = "--verbose", description = "print the stack trace of a failure, and log lines of the format libraries")
    private boolean verbose;

    @Mixin
    private LimitOptions limits;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            var document = Gongkai.builder().limits(limits.limits()).build().document(file);
            out.print(PipeText.write(raw ? document : Gongkai.normalize(document)));
            out.flush();
            return ExitCodes.OK;
        } catch (GongkaiException e) {
            FailurePrinter.print(spec.commandLine().getErr(), e, verbose);
            return ExitCodes.UNREADABLE;
        }
    }
}
