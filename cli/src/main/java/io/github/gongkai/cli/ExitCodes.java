package io.github.gongkai.cli;

import io.github.gongkai.cli.corpus.Corpus;

/** The documented exit codes. */
public final class ExitCodes {
    /** Every input was read; for {@code check}, no error-severity anomaly was found. */
    public static final int OK = 0;
    /** {@code check} found an error-severity anomaly. */
    public static final int ANOMALIES = 1;
    /** At least one input could not be read; the others were. */
    public static final int UNREADABLE = 2;
    /** The command line was wrong. */
    public static final int USAGE = 64;
    /** An output could not be written (sysexits' EX_IOERR). */
    public static final int OUTPUT_ERROR = 74;
    /** The run was interrupted (Ctrl-C) before every input was read: 128 + SIGINT, as shells report it. */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }

    /** The exit code of a corpus run. */
    static int of(Corpus corpus) {
        if (corpus.stopped()) {
            return INTERRUPTED;
        }
        return corpus.failures().isEmpty() ? OK : UNREADABLE;
    }
}
