package io.github.gongkai.cli.bench;

import io.github.gongkai.Gongkai;
import io.github.gongkai.cli.ExitCodes;
import io.github.gongkai.cli.Main;
import io.github.gongkai.model.GongkaiException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/** What reading one file asks of the heap. */
final class HeapProbe {
    private static final int CEILING_MB = 2048;
    private static final int PRECISION_MB = 8;
    private static final long CHILD_TIMEOUT_SECONDS = 300;

    private HeapProbe() {
    }

    /**
     * The peak heap in use while this JVM reads the file: the sum of each heap pool's peak, after a
     * collection and a reset of the peaks. Garbage not yet collected counts, so this is an upper bound on
     * what the reading needs; {@link #smallestXmxMb} says what it cannot do without.
     */
    static long peakHeapBytes(Gongkai gongkai, Path file) throws GongkaiException {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        gongkai.read(file);
        return pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /**
     * The smallest {@code -Xmx}, to {@value #PRECISION_MB} MB, at which {@code gongkai convert FILE} succeeds
     * in a fresh JVM on this class path; empty when it fails even at {@value #CEILING_MB} MB.
     */
    static OptionalInt smallestXmxMb(Path file) throws IOException, InterruptedException {
        if (!converts(file, CEILING_MB)) {
            return OptionalInt.empty();
        }
        int fails = PRECISION_MB; // assumed: nothing of this size reads in 8 MB
        int works = CEILING_MB;
        while (works - fails > PRECISION_MB) {
            int middle = (fails + works) / 2;
            if (converts(file, middle)) {
                works = middle;
            } else {
                fails = middle;
            }
        }
        return OptionalInt.of(works);
    }

    private static boolean converts(Path file, int heapMb) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Xmx" + heapMb + "m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "convert", file.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!child.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            child.destroyForcibly().waitFor();
            return false;
        }
        return child.exitValue() == ExitCodes.OK;
    }
}
