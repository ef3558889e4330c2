package io.github.gongkai.cli;

/** The command line's {@code dataset}, run in this JVM, for comparing the Spark Dataset with what it writes. */
public final class DatasetRun {
    private DatasetRun() {
    }

    /** Runs the command line with these arguments and returns its exit code. */
    public static int run(String... args) {
        return Main.run(args);
    }
}
