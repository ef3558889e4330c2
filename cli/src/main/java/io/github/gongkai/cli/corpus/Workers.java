package io.github.gongkai.cli.corpus;

import io.github.gongkai.model.GongkaiException.Reason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Reads the files of a corpus on {@code jobs} worker threads. Results come back in input order whatever the
 * number of workers, so that outputs are the same for any {@code -j}. A file that takes longer than the
 * time limit is given up as {@link Reason#TIMED_OUT}, so that one pathological file cannot stall a run. A
 * stop request (Ctrl-C) ends the run without waiting for files still being parsed; what was done is kept
 * for the next run.
 */
final class Workers {
    /** Deep documents recurse deeply; workers get the stack a main thread would have. */
    private static final long WORKER_STACK_BYTES = 16L * 1024 * 1024;
    private static final long POLL_MILLIS = 200;

    private final Function<CorpusFile, FileResult> reader;
    private final int jobs;
    private final Duration timeLimit;
    private final AtomicBoolean stop;

    /**
     * @param reader    reads one file, never throwing for a bad one
     * @param timeLimit the longest one file may take
     * @param stop      set to stop the run early
     */
    Workers(Function<CorpusFile, FileResult> reader, int jobs, Duration timeLimit, AtomicBoolean stop) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
        this.reader = reader;
        this.jobs = jobs;
        this.timeLimit = timeLimit;
        this.stop = stop;
    }

    /**
     * Reads the files.
     *
     * @return the results in the order of {@code files}, and whether the run was stopped before the end
     *         (then only the files done are in it)
     */
    Results run(List<CorpusFile> files, Progress progress) throws InterruptedException {
        progress.start(files.size());
        ThreadPoolExecutor pool = new ThreadPoolExecutor(jobs, jobs, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), workers());
        try {
            List<Task> tasks = new ArrayList<>(files.size());
            for (CorpusFile file : files) {
                Task task = new Task(file);
                task.future = pool.submit(() -> {
                    if (stop.get()) {
                        return null;
                    }
                    task.started = System.nanoTime();
                    FileResult result = readOne(file);
                    if (settle(task, Task.DONE, pool)) {
                        progress.done(result);
                    }
                    return result;
                });
                tasks.add(task);
            }
            List<FileResult> results = new ArrayList<>(files.size());
            for (Task task : tasks) {
                FileResult result = await(task, progress, pool);
                if (result != null) {
                    results.add(result);
                }
            }
            return new Results(results, results.size() < files.size());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The task's result; {@code null} once a stop is requested and it is not done. */
    private FileResult await(Task task, Progress progress, ThreadPoolExecutor pool) throws InterruptedException {
        while (true) {
            if (stop.get() && !task.future.isDone()) {
                return null;
            }
            try {
                return task.future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long started = task.started;
                if (started != 0 && System.nanoTime() - started > timeLimit.toNanos()
                        && settle(task, Task.TIMED_OUT, pool)) {
                    task.future.cancel(true);
                    FileResult timedOut = FileResult.failed("", new Failure(task.file.name(), Reason.TIMED_OUT,
                            Reason.TIMED_OUT.describe() + ": took longer than " + timeLimit.toSeconds() + " s"), false);
                    progress.done(timedOut);
                    return timedOut;
                }
            } catch (ExecutionException e) {
                // The reader turns every failure into a result, so this is a bug worth seeing.
                throw new IllegalStateException(e.getCause());
            } catch (OutOfMemoryError e) {
                // A worker filled the heap; its own error frees what it held, so waiting a moment is enough.
                Thread.sleep(POLL_MILLIS);
            }
        }
    }

    /**
     * Reads one file; running out of memory on it is that file's failure. Its work unwinds with the error,
     * so nothing it held stays reachable and the next file has the heap back.
     */
    private FileResult readOne(CorpusFile file) {
        try {
            return reader.apply(file);
        } catch (OutOfMemoryError e) {
            return FileResult.failed("", new Failure(file.name(), Reason.TOO_LARGE, Reason.TOO_LARGE.describe()
                    + ": reading it needed more memory than the " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB the JVM may use"), false);
        }
    }

    /**
     * Decides a task's outcome once: {@link Task#DONE} by its worker, or {@link Task#TIMED_OUT} by the
     * waiting thread. A file given up gets a worker of its own in its place, so that a thread that never
     * returns cannot stall the run; when the given-up file's thread does return, the extra worker goes
     * again, so that no more than {@code jobs} files are held in memory besides those still running late.
     *
     * @return whether this call decided the outcome
     */
    private static boolean settle(Task task, int outcome, ThreadPoolExecutor pool) {
        synchronized (pool) {
            if (task.outcome.compareAndSet(Task.OPEN, outcome)) {
                if (outcome == Task.TIMED_OUT) {
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                }
                return true;
            }
            if (outcome == Task.DONE) {
                pool.setCorePoolSize(pool.getCorePoolSize() - 1);
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() - 1);
            }
            return false;
        }
    }

    private static ThreadFactory workers() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(null, task, "gongkai-worker-" + count.incrementAndGet(), WORKER_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One file's work: when it started (0 while queued), how its outcome was decided, and its future. */
    private static final class Task {
        static final int OPEN = 0;
        static final int DONE = 1;
        static final int TIMED_OUT = 2;

        final CorpusFile file;
        final AtomicInteger outcome = new AtomicInteger(OPEN);
        volatile long started;
        Future<FileResult> future;

        Task(CorpusFile file) {
            this.file = file;
        }
    }

    /**
     * What a run read.
     *
     * @param files   the results, in input order
     * @param stopped whether the run was stopped before every file was read
     */
    record Results(List<FileResult> files, boolean stopped) {
    }
}
