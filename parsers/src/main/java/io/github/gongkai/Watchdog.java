package io.github.gongkai;

import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.GongkaiException.Reason;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the work on one file on a thread of its own, so that the caller regains control after the time
 * limit even when a format library loops without ever reaching one of the parsers' deadline checks, and
 * so that running out of memory or stack on one file becomes that file's failure instead of the caller's.
 *
 * <p>Worker threads are kept for reuse while files keep coming (a few seconds idle ends one): starting a
 * thread with a deep stack for every file cost about as much as reading a small HTML page.
 *
 * <p>On time-out the worker is interrupted and abandoned: it is a daemon thread, stops at its next
 * deadline check (which sees the interrupt) and drops everything it read; its result is never used. A
 * library that neither returns nor reaches a check keeps its thread busy until it does, and the next file
 * gets another thread: the price of the JVM having no safe way to kill a thread.
 */
final class Watchdog {
    private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);
    /** Room for deep but legitimate recursion in format libraries (nested tables, XML). */
    private static final long STACK_BYTES = 16L * 1024 * 1024;
    /** How long an idle worker waits for the next file before it ends. */
    private static final long IDLE_SECONDS = 5;
    /** As many workers as files read at once, each ended after it idled; none keeps the JVM alive. */
    private static final ExecutorService WORKERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_SECONDS,
            TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
                Thread worker = new Thread(null, task, "gongkai worker", STACK_BYTES);
                worker.setDaemon(true);
                return worker;
            });

    /** Work on one file that may fail with a typed reason. */
    interface Work<T> {
        T run() throws GongkaiException;
    }

    private Watchdog() {
    }

    static <T> T run(String file, Duration limit, Work<T> work) throws GongkaiException {
        AtomicBoolean ended = new AtomicBoolean();
        FutureTask<T> task = new FutureTask<>(() -> named(file, work, ended));
        WORKERS.execute(task);
        try {
            return task.get(nanos(limit), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            // The caller gets its answer; the operator should know a thread may still be busy.
            LOG.warn("{}: stopped after {} ms; its worker thread {} until its next deadline check", file,
                    limit.toMillis(), ended.get() ? "has ended" : "runs on");
            throw new GongkaiException(Reason.TIMED_OUT, file, "took longer than " + limit.toMillis() + " ms and was stopped");
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new GongkaiException(Reason.TIMED_OUT, file, "the caller was interrupted while it was being read", e);
        } catch (ExecutionException e) {
            throw unwrap(file, e.getCause());
        }
    }

    /** Runs the work under the file's name, which thread dumps and profiles show, and says when it ended. */
    private static <T> T named(String file, Work<T> work, AtomicBoolean ended) throws GongkaiException {
        Thread worker = Thread.currentThread();
        worker.setName("gongkai " + file);
        try {
            return work.run();
        } finally {
            worker.setName("gongkai worker");
            ended.set(true);
        }
    }

    private static GongkaiException unwrap(String file, Throwable cause) {
        if (cause instanceof GongkaiException g) {
            return g;
        }
        if (cause instanceof OutOfMemoryError) {
            // The worker's stack is gone by now, and with it every reference to what it read. The error is
            // kept as the cause: with more memory, or fewer files read at once, the file may well be read.
            return new GongkaiException(Reason.TOO_LARGE, file, "reading it needed more memory than the "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB the JVM may use", cause);
        }
        if (cause instanceof StackOverflowError) {
            return new GongkaiException(Reason.TOO_LARGE, file, "its content is nested too deeply to read");
        }
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException("the work on " + file + " failed", cause);
    }

    private static long nanos(Duration limit) {
        try {
            return limit.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
