package io.github.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.GongkaiException.Reason;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class WatchdogTest {

    /** Thrown rather than provoked: filling the heap of a shared test machine would hurt everything else on it. */
    @Test
    void runningOutOfMemoryFailsTheFileAsTooLarge() {
        GongkaiException e = assertThrows(GongkaiException.class, () -> Watchdog.run("huge.pdf", Duration.ofMinutes(1), () -> {
            throw new OutOfMemoryError("Java heap space");
        }));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().startsWith("huge.pdf: "), e.getMessage());
        assertTrue(e.getCause() instanceof OutOfMemoryError, "the cause tells it from a file over the size limit");
    }

    @Test
    void runningOutOfStackFailsTheFileAsTooLarge() {
        GongkaiException e = assertThrows(GongkaiException.class,
                () -> Watchdog.run("deep.docx", Duration.ofMinutes(1), () -> recurse(0)));
        assertEquals(Reason.TOO_LARGE, e.reason());
    }

    @Test
    void workThatNeverChecksItsDeadlineIsAbandonedAtTheLimit() {
        AtomicBoolean release = new AtomicBoolean();
        try {
            GongkaiException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(GongkaiException.class,
                    () -> Watchdog.run("loop.html", Duration.ofMillis(200), () -> {
                        while (!release.get()) {
                            Thread.onSpinWait();
                        }
                        return "never used";
                    })));
            assertEquals(Reason.TIMED_OUT, e.reason());
        } finally {
            release.set(true);
        }
    }

    @Test
    void typedFailuresAndResultsPassThrough() throws GongkaiException {
        assertEquals("report", Watchdog.run("a.txt", Duration.ofMinutes(1), () -> "report"));
        GongkaiException e = assertThrows(GongkaiException.class, () -> Watchdog.run("b.txt", Duration.ofMinutes(1), () -> {
            throw new GongkaiException(Reason.NO_REPORT, "b.txt", "nothing");
        }));
        assertEquals(Reason.NO_REPORT, e.reason());
    }

    @Test
    void filesReadOneAfterAnotherShareAWorkerThread() throws GongkaiException {
        Thread first = Watchdog.run("a.html", Duration.ofMinutes(1), Thread::currentThread);
        // The worker hands over its result before it goes back to wait for the next file; a file that comes
        // in between gets a thread of its own, so wait until it waits.
        long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
        while (first.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        Thread second = Watchdog.run("b.html", Duration.ofMinutes(1), Thread::currentThread);
        assertNotSame(Thread.currentThread(), first, "the work runs on a worker, which the time limit can abandon");
        assertSame(first, second, "a worker is reused instead of started for every file");
    }

    @Test
    void aWorkerAbandonedAtTheLimitLeavesTheNextFileAnotherOne() throws GongkaiException {
        AtomicBoolean release = new AtomicBoolean();
        AtomicReference<Thread> stuck = new AtomicReference<>();
        try {
            assertThrows(GongkaiException.class, () -> Watchdog.run("loop.html", Duration.ofMillis(100), () -> {
                stuck.set(Thread.currentThread());
                while (!release.get()) {
                    Thread.onSpinWait();
                }
                return "never used";
            }));
            Thread next = Watchdog.run("next.html", Duration.ofMinutes(1), Thread::currentThread);
            assertNotSame(stuck.get(), next);
        } finally {
            release.set(true);
        }
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
