package io.github.gongkai.cli;

import io.github.gongkai.Gongkai;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Reports per second over a set of files, read by a fixed number of threads sharing one {@link Gongkai}. */
final class Throughput {
    private Throughput() {
    }

    /**
     * Reads every file {@code rounds} times on {@code threads} threads.
     *
     * @return reports per second of wall time
     */
    static double reportsPerSecond(Gongkai gongkai, List<Path> files, int threads, int rounds)
            throws InterruptedException, ExecutionException {
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (Path file : files) {
                tasks.add(() -> gongkai.read(file));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            for (Future<Object> done : pool.invokeAll(tasks)) {
                done.get(); // a failure here is a bug in the run, not a figure
            }
            return tasks.size() / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }
}
