package io.github.gongkai.cli;

import io.github.gongkai.Gongkai;
import io.github.gongkai.cli.corpus.Corpus;
import io.github.gongkai.OcrMode;
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

    @Option(names = "--ocr", description = "recognise the text of every PDF page (OCR), also where a scanner left a"
            + " garbage text layer; by default only pages holding nothing but images are recognised")
    boolean ocr;

    @Option(names = "--no-ocr", description = "recognise no text: a scanned PDF is reported as SCANNED")
    boolean noOcr;

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

    /** The number of files read, or views written, at once. */
    int jobs() {
        return jobs;
    }

    /** How a corpus is read with these options: a reader with these limits, checks and text recognition. */
    Corpus.Settings settings() {
        return new Corpus.Settings(gongkai(), limits.limits(), variant(), fresh, jobs);
    }

    /** A reader with these limits, checks and text recognition. */
    private Gongkai gongkai() {
        if (ocr && noOcr) {
            throw new ParameterException(spec.commandLine(), "--ocr and --no-ocr exclude each other");
        }
        OcrMode mode = ocr ? OcrMode.FORCE : noOcr ? OcrMode.OFF : OcrMode.AUTO;
        return Gongkai.builder().limits(limits.limits()).checks(checks.codes()).ocr(mode).build();
    }

    /**
     * A name for the choice of checks and text recognition, empty for the defaults, so that results read
     * otherwise are kept apart in the cache.
     */
    String variant() {
        String ocrMode = ocr ? "ocr" : noOcr ? "no-ocr" : "";
        String checked = checks.variant();
        return checked.isEmpty() || ocrMode.isEmpty() ? checked + ocrMode : checked + "-" + ocrMode;
    }
}
