package io.github.gongkai.internal.parsers;

import io.github.gongkai.Limits;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.GongkaiException.Reason;

/**
 * The time left for one file. The JVM cannot stop a thread from outside, so work stops cooperatively:
 * parsers call {@link #check()} in their loops (per page, per block, per row), which throws once the time
 * limit has passed or the thread was interrupted (the facade interrupts a parse it stopped waiting for).
 */
public final class Deadline {
    private final String file;
    private final long limitNanos;
    private final long endNanos;

    private Deadline(String file, long limitNanos) {
        this.file = file;
        this.limitNanos = limitNanos;
        this.endNanos = System.nanoTime() + limitNanos;
    }

    /** A deadline starting now, {@link Limits#maxTimePerFile()} away. */
    public static Deadline start(String file, Limits limits) {
        return new Deadline(file, saturatedNanos(limits));
    }

    /**
     * Throws when the time is up.
     *
     * @throws GongkaiException {@link Reason#TIMED_OUT} once the limit has passed or the thread was interrupted
     */
    public void check() throws GongkaiException {
        if (Thread.currentThread().isInterrupted()) {
            throw new GongkaiException(Reason.TIMED_OUT, file, "interrupted before it was read");
        }
        if (System.nanoTime() - endNanos > 0) {
            throw new GongkaiException(Reason.TIMED_OUT, file, "took longer than " + limitNanos / 1_000_000 + " ms");
        }
    }

    /** The limit in nanoseconds, saturated for durations too long to count in a {@code long}. */
    private static long saturatedNanos(Limits limits) {
        try {
            return limits.maxTimePerFile().toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE / 2;
        }
    }
}
