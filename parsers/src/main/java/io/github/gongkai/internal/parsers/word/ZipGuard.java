package io.github.gongkai.internal.parsers.word;

import io.github.gongkai.internal.parsers.LimitExceeded;
import io.github.gongkai.Limits;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates a ZIP package once, discarding the output, before POI opens it, and refuses packages that
 * would expand past a budget or compress suspiciously well (a zip bomb).
 *
 * <p>Why not only POI's guards: POI's {@code ZipSecureFile} settings (minimum inflate ratio, maximum entry
 * size) are static and shared by every thread in the JVM, so changing them per call would race with other
 * callers. They are left at POI's defaults, which stay active as a second line, and this class applies the
 * per-call budget from {@link io.github.gongkai.Limits} without touching global state.
 */
final class ZipGuard {
    /** Entries smaller than this expanded are never a bomb, whatever their ratio (an XML part of spaces). */
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;
    /** More entries than any Word file has; POI's own default maximum is 1000. */
    private static final int MAX_ENTRIES = 10_000;

    private ZipGuard() {
    }

    /**
     * Checks a package.
     *
     * @param bytes  the ZIP file
     * @param limits {@link Limits#maxExpandedBytes()} for all entries together and
     *               {@link Limits#maxCompressionRatio()} for each large entry
     * @throws LimitExceeded when the package is over a bound
     * @throws IOException   when the ZIP structure is damaged
     */
    static void check(byte[] bytes, Limits limits) throws IOException {
        long maxExpanded = limits.maxExpandedBytes();
        int maxRatio = limits.maxCompressionRatio();
        CountingStream counted = new CountingStream(new ByteArrayInputStream(bytes));
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(counted)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new LimitExceeded("the package has more than " + MAX_ENTRIES + " parts");
                }
                long compressedStart = counted.count;
                long expanded = 0;
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    expanded += read;
                    total += read;
                    if (total > maxExpanded) {
                        throw new LimitExceeded("the package expands to more than " + maxExpanded + " bytes");
                    }
                    long compressed = Math.max(1, counted.count - compressedStart);
                    if (expanded > RATIO_GRACE_BYTES && expanded / compressed > maxRatio) {
                        throw new LimitExceeded("part " + entry.getName() + " expands more than "
                                + maxRatio + " times: a zip bomb");
                    }
                }
            }
        }
    }

    /** Counts the compressed bytes the ZIP reader has consumed. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
