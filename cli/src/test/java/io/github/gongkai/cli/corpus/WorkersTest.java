package io.github.gongkai.cli.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.model.GongkaiException.Reason;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The parallel run: input order kept, a file that hangs given up, progress told once per file. */
class WorkersTest {
    private static final List<CorpusFile> FILES = IntStream.range(0, 8)
            .mapToObj(i -> new CorpusFile(Path.of("f" + i), "f" + i)).toList();

    @Test
    void resultsComeInInputOrderHoweverTheWorkersFinish() throws InterruptedException {
        Workers run = new Workers(file -> {
            sleep(80 - 10 * Integer.parseInt(file.name().substring(1)));
            return result(file, Reason.NO_REPORT);
        }, 4, Duration.ofSeconds(30), new AtomicBoolean());

        Workers.Results results = run.run(FILES, Progress.NONE);

        assertEquals(FILES.stream().map(CorpusFile::name).toList(), results.files().stream().map(FileResult::name).toList());
        assertFalse(results.stopped());
    }

    @Test
    void filesThatHangAreGivenUpAndTheRunGoesOnEvenWithOneWorker() throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger told = new AtomicInteger();
        Progress counting = new Progress() {
            @Override
            public void start(int total) {
            }

            @Override
            public void done(FileResult result) {
                told.incrementAndGet();
            }
        };
        Workers run = new Workers(file -> {
            if (file.name().equals("f2") || file.name().equals("f5")) {
                hang(never);
            }
            return result(file, Reason.NO_REPORT);
        }, 1, Duration.ofSeconds(1), new AtomicBoolean());

        try {
            Workers.Results results = run.run(FILES, counting);

            assertEquals(FILES.size(), results.files().size());
            assertEquals(Reason.TIMED_OUT, results.files().get(2).failure().orElseThrow().reason());
            assertTrue(results.files().get(2).failure().get().message().contains("longer than 1 s"));
            assertEquals(Reason.NO_REPORT, results.files().get(3).failure().orElseThrow().reason());
            assertEquals(Reason.TIMED_OUT, results.files().get(5).failure().orElseThrow().reason());
            assertEquals(FILES.size(), told.get(), "progress hears of each file once");
        } finally {
            never.countDown();
        }
    }

    @Test
    void aStopEndsTheRunWithTheFilesDoneSoFar() throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        Workers run = new Workers(file -> {
            if (file.name().equals("f3")) {
                stop.set(true);
            }
            return result(file, Reason.NO_REPORT);
        }, 1, Duration.ofSeconds(30), stop);

        Workers.Results results = run.run(FILES, Progress.NONE);

        assertTrue(results.stopped());
        List<String> done = results.files().stream().map(FileResult::name).toList();
        // f3 itself may or may not be counted: the stop can be seen before its result is handed over.
        assertTrue(done.equals(List.of("f0", "f1", "f2")) || done.equals(List.of("f0", "f1", "f2", "f3")), done.toString());
    }

    @Test
    void runningOutOfMemoryOnOneFileIsThatFilesFailureAndTheRunGoesOn() throws InterruptedException {
        Workers run = new Workers(file -> {
            if (file.name().equals("f4")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return result(file, Reason.NO_REPORT);
        }, 2, Duration.ofSeconds(30), new AtomicBoolean());

        Workers.Results results = run.run(FILES, Progress.NONE);

        assertEquals(FILES.size(), results.files().size());
        assertEquals(Reason.TOO_LARGE, results.files().get(4).failure().orElseThrow().reason());
        assertTrue(results.files().get(4).failure().get().message().contains("more memory than"));
        assertEquals(Reason.NO_REPORT, results.files().get(5).failure().orElseThrow().reason());
    }

    @Test
    void aFileGivenUpHoldsItsExtraWorkerOnlyUntilItReturns() throws InterruptedException {
        // f0 runs past the limit and then returns; the worker added in its place must go again then, so
        // that the files after it are read one at a time, as asked, and not two at a time for good.
        List<CorpusFile> files = IntStream.range(0, 12).mapToObj(i -> new CorpusFile(Path.of("g" + i), "g" + i)).toList();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAfterTheSlowOne = new AtomicInteger();
        AtomicBoolean slowOneReturned = new AtomicBoolean();
        Workers run = new Workers(file -> {
            if (file.name().equals("g0")) {
                sleep(1_600);
                slowOneReturned.set(true);
                return result(file, Reason.NO_REPORT);
            }
            int now = running.incrementAndGet();
            if (slowOneReturned.get()) {
                mostAfterTheSlowOne.accumulateAndGet(now, Math::max);
            }
            sleep(150);
            running.decrementAndGet();
            return result(file, Reason.NO_REPORT);
        }, 1, Duration.ofSeconds(1), new AtomicBoolean());

        Workers.Results results = run.run(files, Progress.NONE);

        assertEquals(Reason.TIMED_OUT, results.files().get(0).failure().orElseThrow().reason());
        assertTrue(slowOneReturned.get());
        assertEquals(1, mostAfterTheSlowOne.get(), "files read at once after the slow one returned");
    }

    private static FileResult result(CorpusFile file, Reason reason) {
        return FileResult.failed("", new Failure(file.name(), reason, reason.describe()), false);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(Math.max(0, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits like a parser in a loop that never checks for interrupts (for a minute at most). */
    private static void hang(CountDownLatch latch) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (latch.getCount() > 0 && System.nanoTime() < deadline) {
            try {
                latch.await(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                // Ignored, as such a loop would.
            }
        }
    }
}
