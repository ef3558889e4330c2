package io.github.gongkai.cli;

/** The documented exit codes. */
final class ExitCodes {
    /** Every input was read; for {@code check}, no error-severity anomaly was found. */
    static final int OK = 0;
    /** {@code check} found an error-severity anomaly. */
    static final int ANOMALIES = 1;
    /** At least one input could not be read. */
    static final int UNREADABLE = 2;
    /** The command line was wrong. */
    static final int USAGE = 64;

    private ExitCodes() {
    }
}
