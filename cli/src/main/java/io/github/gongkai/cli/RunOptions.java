package io.github.gongkai.cli;

import io.github.gongkai.Gongkai;
import io.github.gongkai.cli.corpus.Corpus;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of commands that read a whole corpus. */
final class RunOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    private int jobs = Runtime.getRuntime().availableProcessors();
    @Mixin
    LimitOptions limits = new LimitOptions();
    @Mixin
    CheckOptions checks = new CheckOptions();

    @Option(names = "--quiet", description = "print no progress bar, summary or per-file failures")
    boolean quiet;

    @Option(names = "--verbose", description = "print the stack trace of each failure, and log lines of the format libraries")
    boolean verbose;

    @Option(names = "--fresh", description = "parse every file again instead of reusing results kept in the output folder")
    boolean fresh;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "files read in parallel (default: the number of cores)")
    void jobs(int jobs) {
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "-j must be at least 1, not " + jobs);
        }
        this.jobs = jobs;
    }

    /** How a corpus is read with these options: a reader with these limits and checks. */
    Corpus.Settings settings() {
        Gongkai gongkai = Gongkai.builder().limits(limits.limits()).checks(checks.codes()).build();
        return new Corpus.Settings(gongkai, limits.limits(), checks.variant(), fresh, jobs);
    }
}
