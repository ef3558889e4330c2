package io.github.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.json.ReportJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One instance, used from eight threads at once over every fixture, gives exactly the single-threaded results. */
class ConcurrencyTest {

    @Test
    void oneInstanceFromEightThreadsMatchesSingleThreadedResults() throws Exception {
        Gongkai gongkai = Gongkai.builder().build();
        Map<Path, String> expected = new LinkedHashMap<>();
        for (Path golden : Fixtures.find(".expected.json")) {
            for (Path file : Fixtures.reportsOf(golden)) {
                expected.put(file, convert(gongkai, file));
            }
        }
        assertTrue(expected.size() > 20, "fixtures are found");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            List<Path> order = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (Path file : expected.keySet()) {
                    order.add(file);
                    results.add(pool.submit(() -> convert(gongkai, file)));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(order.get(i)), results.get(i).get(), Fixtures.name(order.get(i)));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String convert(Gongkai gongkai, Path file) throws Exception {
        return ReportJson.write(gongkai.read(Files.readAllBytes(file), Fixtures.name(file)), true);
    }
}
