package io.github.gongkai.cli;

import io.github.gongkai.ErrorText;
import io.github.gongkai.cli.bench.BenchCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code gongkai} command. */
@Command(name = "gongkai", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns government information disclosure annual reports (政府信息公开工作年度报告) into JSON.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:check found an error-severity anomaly",
                "2:some inputs could not be read (the others were)", "64:wrong usage",
                "74:an output could not be written", "130:interrupted before every input was read"})
public final class Main {
    /**
     * The subcommands, in the order the help lists them. picocli builds a command's model from its annotations
     * by reflection, which costs a whole process more than reading a small file does, so a run builds only the
     * subcommand it names.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ConvertCommand.class, DatasetCommand.class,
            CheckCommand.class, TextCommand.class, BenchCommand.class, ViewCommand.class);

    private Main() {
    }

    public static void main(String[] args) {
        Logging.configure(args);
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code, for tests and embedding. */
    static int run(String... args) {
        return commandLine(args).execute(args);
    }

    /**
     * The command line for these arguments, configured: with the subcommand they begin with, or all of them
     * when they name none (the help, a usage error); tests set its output streams.
     */
    static CommandLine commandLine(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        List<Class<?>> named = SUBCOMMANDS.stream()
                .filter(command -> args.length > 0 && command.getAnnotation(Command.class).name().equals(args[0]))
                .toList();
        (named.isEmpty() ? SUBCOMMANDS : named).forEach(commandLine::addSubcommand);
        // after the subcommands: picocli passes these settings on only to the subcommands already there
        return commandLine
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionStrategy(Main::execute)
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler(Main::outputError)
                .setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
    }

    /**
     * Runs the command, then makes sure what it printed reached standard output: print streams and writers
     * swallow write errors (a full disk, a closed pipe), which would otherwise end the run with success and
     * the output lost.
     */
    private static int execute(CommandLine.ParseResult parsed) {
        int exit = new CommandLine.RunLast().execute(parsed);
        boolean failed = System.out.checkError();
        for (CommandLine command : parsed.asCommandLineList()) {
            failed |= command.getOut().checkError();
        }
        if (!failed) {
            return exit;
        }
        PrintWriter err = parsed.commandSpec().commandLine().getErr();
        err.println("gongkai: cannot write the output: standard output failed (a full disk or a closed pipe)");
        err.flush();
        return ExitCodes.OUTPUT_ERROR;
    }

    /**
     * A usage error is told in two lines, the reason and where to read more, so that the reason stays on
     * screen instead of scrolling away above the whole help.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine failed = e.getCommandLine();
        PrintWriter err = failed.getErr();
        err.println("gongkai: " + Printable.line(String.valueOf(e.getMessage())));
        err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    /** An output that cannot be written ends the run with one line, not a stack trace; anything else is a bug. */
    private static int outputError(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) throws Exception {
        if (!(e instanceof IOException || e instanceof UncheckedIOException)) {
            throw e;
        }
        IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
        commandLine.getErr().println("gongkai: cannot write the output: " + Printable.line(ErrorText.io(cause)));
        commandLine.getErr().flush();
        return ExitCodes.OUTPUT_ERROR;
    }
}
