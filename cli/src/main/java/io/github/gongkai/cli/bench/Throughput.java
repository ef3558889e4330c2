package io.github.gongkai.cli.bench;

import com.sun.management.OperatingSystemMXBean;
import io.github.gongkai.Gongkai;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reports per second over a set of files, read by a fixed number of threads sharing one {@link Gongkai},
 * and the processor time the JVM used meanwhile: on a shared machine, threads that find no free core show
 * as fewer cores used, which tells a busy machine from contention in the code.
 *
 * @param reportsPerSecond reports per second of wall time
 * @param coresUsed        the JVM's processor time over the wall time, garbage collection and compilation
 *                         included
 */
record Throughput(double reportsPerSecond, double coresUsed) {
    /** Reads every file {@code rounds} times on {@code threads} threads. */
    static Throughput measure(Gongkai gongkai, List<Path> files, int threads, int rounds)
            throws InterruptedException, ExecutionException {
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (Path file : files) {
                tasks.add(() -> gongkai.read(file));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try {
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            for (Future<Object> done : pool.invokeAll(tasks)) {
                done.get(); // a failure here is a bug in the run, not a figure
            }
            long wall = System.nanoTime() - start;
            return new Throughput(tasks.size() / (wall / 1e9), (double) (os.getProcessCpuTime() - cpu) / wall);
        } finally {
            pool.shutdownNow();
        }
    }
}
