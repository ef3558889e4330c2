package io.github.gongkai.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gongkai} command. */
@Command(name = "gongkai", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns government information disclosure annual reports (政府信息公开工作年度报告) into JSON.",
        subcommands = {ConvertCommand.class, CheckCommand.class, TextCommand.class, BenchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:check found an error-severity anomaly", "2:an input could not be read",
                "64:wrong usage"})
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code, for tests and embedding. */
    static int run(String... args) {
        return new CommandLine(new Main())
                .setExitCodeExceptionMapper(e -> ExitCodes.USAGE)
                .execute(args);
    }
}
