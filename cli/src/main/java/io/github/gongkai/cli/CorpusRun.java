package io.github.gongkai.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads the files of a corpus on {@code jobs} worker threads. Results come back in input order whatever the
 * number of workers, so that outputs are the same for any {@code -j}. A stop request (Ctrl-C) ends the run
 * without waiting for files still being parsed; what was done is kept for the next run.
 */
final class CorpusRun {
    /** Deep documents recurse deeply; workers get the stack a main thread would have. */
    private static final long WORKER_STACK_BYTES = 16L * 1024 * 1024;
    private static final long POLL_MILLIS = 200;

    private final InputReader reader;
    private final int jobs;
    private final AtomicBoolean stop;

    CorpusRun(InputReader reader, int jobs, AtomicBoolean stop) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
        this.reader = reader;
        this.jobs = jobs;
        this.stop = stop;
    }

    /**
     * Reads the files.
     *
     * @return the results in the order of {@code files}, and whether the run was stopped before the end
     *         (then only the files done are in it)
     */
    Results run(List<InputFile> files, Progress progress) throws InterruptedException {
        progress.start(files.size());
        ExecutorService pool = Executors.newFixedThreadPool(jobs, workers());
        try {
            List<Future<FileResult>> futures = new ArrayList<>(files.size());
            for (InputFile file : files) {
                futures.add(pool.submit(() -> {
                    if (stop.get()) {
                        return null;
                    }
                    FileResult result = reader.read(file);
                    progress.done(result);
                    return result;
                }));
            }
            List<FileResult> results = new ArrayList<>(files.size());
            for (Future<FileResult> future : futures) {
                FileResult result = await(future);
                if (result != null) {
                    results.add(result);
                }
            }
            return new Results(results, results.size() < files.size());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The future's result, or {@code null} once a stop is requested and it is not done. */
    private FileResult await(Future<FileResult> future) throws InterruptedException {
        while (true) {
            if (stop.get() && !future.isDone()) {
                return null;
            }
            try {
                return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // Look at the stop request again.
            } catch (ExecutionException e) {
                // InputReader turns every failure into a result, so this is a bug worth seeing.
                throw new IllegalStateException(e.getCause());
            }
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

    /**
     * What a run read.
     *
     * @param files   the results, in input order
     * @param stopped whether the run was stopped before every file was read
     */
    record Results(List<FileResult> files, boolean stopped) {
    }
}
