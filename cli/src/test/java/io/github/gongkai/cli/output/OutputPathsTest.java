package io.github.gongkai.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output paths: never outside the output folder, folders made on the way, also by several workers at once. */
class OutputPathsTest {
    private static final int WORKERS = 8;
    private static final int ROUNDS = 40;

    @TempDir
    Path temp;

    @Test
    void workersWritingIntoOneNewFolderAtOnceAllGetIt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Path folder = temp.resolve("out" + round);
                Files.createDirectory(folder);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Path>> made = new ArrayList<>();
                for (int worker = 0; worker < WORKERS; worker++) {
                    Path target = folder.resolve("cache/ab/cd/entry" + worker + ".json");
                    made.add(pool.submit(() -> {
                        start.await();
                        return OutputPaths.inside(folder, target);
                    }));
                }
                start.countDown();
                for (Future<Path> future : made) {
                    future.get(); // a worker that lost the race to make a folder must not fail
                }
                assertTrue(Files.isDirectory(folder.resolve("cache/ab/cd")));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesOutputNamesThatWouldLeaveTheOutputFolder() {
        Path out = temp.resolve("out");
        assertThrows(IOException.class, () -> OutputPaths.under(out, "../escaped", ".json"));
        assertThrows(IOException.class, () -> OutputPaths.under(out, "a/../../escaped", ".json"));
        assertThrows(IOException.class, () -> OutputPaths.under(out, "/etc/passwd", ""));
    }

    @Test
    void linksInsideTheOutputFolderThatStayInsideItAreFollowed() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out/real"));
        Files.createSymbolicLink(temp.resolve("out/alias"), out);

        AtomicFiles.write(temp.resolve("out"), temp.resolve("out/alias/a.json"), o -> o.write('x'));

        assertEquals("x", Files.readString(out.resolve("a.json")));
    }

}
