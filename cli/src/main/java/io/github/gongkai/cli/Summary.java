package io.github.gongkai.cli;

import io.github.gongkai.cli.corpus.Corpus;
import io.github.gongkai.cli.corpus.FileResult;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The lines printed at the end of a corpus run: files parsed and failed, by format, failures by reason, anomalies by code. */
final class Summary {
    private Summary() {
    }

    static void print(PrintWriter err, Corpus corpus) {
        long parsed = corpus.reports().size();
        long reused = corpus.results().stream().filter(FileResult::reused).count();
        long duplicates = corpus.reports().stream().filter(result -> result.duplicate().isPresent()).count();
        int read = corpus.results().size();
        if (corpus.stopped()) {
            err.printf("gongkai: stopped after %d of %d files; run the same command again to go on%n", read, corpus.total());
        }
        err.printf("gongkai: %d files: %d parsed, %d failed, %d duplicates, %d not parsed again (content seen before)%n",
                read, parsed, read - parsed, duplicates, reused);
        line(err, "formats", count(corpus.reports(), result -> result.report().get().source().format().name()));
        line(err, "failures", count(corpus.failures(), result -> result.failure().get().reason().name()));
        line(err, "anomalies", corpus.reports().stream()
                .flatMap(result -> result.report().get().anomalies().stream())
                .collect(Collectors.groupingBy(anomaly -> anomaly.code().name(), TreeMap::new, Collectors.counting())));
        err.flush();
    }

    private static Map<String, Long> count(java.util.List<FileResult> results, Function<FileResult, String> key) {
        return results.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private static void line(PrintWriter err, String label, Map<String, Long> counts) {
        if (!counts.isEmpty()) {
            err.println("gongkai: " + label + ": " + counts.entrySet().stream()
                    .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", ")));
        }
    }
}
