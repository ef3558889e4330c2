package io.github.gongkai.cli.corpus;

import io.github.gongkai.Gongkai;
import io.github.gongkai.Limits;
import io.github.gongkai.cli.output.AtomicFiles;
import io.github.gongkai.json.Duplicates;
import io.github.gongkai.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A corpus as read: every file under the inputs walked, read on the workers, and the results put together as
 * the outputs show them: sorted by name, with the checks that need several reports (year over year) applied
 * and duplicates marked.
 *
 * @param results every file's result, sorted by name
 * @param total   the number of files found
 * @param stopped whether the run was stopped before every file was read
 * @param sources the file each name stands for, for writers that go back to it (the views' page pictures)
 */
public record Corpus(List<FileResult> results, int total, boolean stopped, Map<String, Path> sources) {
    public Corpus {
        results = List.copyOf(results);
        sources = Map.copyOf(sources);
    }

    /**
     * Reads a corpus.
     *
     * @param output the output folder, which is never read as input and keeps results for reruns; {@code null}
     *               for none
     * @param stop   set to stop the run early
     */
    public static Corpus read(List<Path> inputs, Path output, Settings settings, Progress progress, AtomicBoolean stop)
            throws IOException, InterruptedException {
        ReportCache cache = null;
        if (output != null) {
            Files.createDirectories(output);
            AtomicFiles.checkWritable(output);
            AtomicFiles.removeLeftovers(output);
            cache = ReportCache.in(output, settings.variant());
        }
        InputWalker.Walk walk = InputWalker.walk(inputs, output);
        CachingParser parser = new CachingParser(settings.gongkai(), settings.limits(), cache, settings.fresh());
        Workers workers = new Workers(parser::parse, settings.jobs(), settings.limits().maxTimePerFile(), stop);
        try (progress) {
            return of(walk, workers.run(walk.files(), progress), settings.gongkai());
        }
    }

    /** Puts together what the walk and the workers found, cross-checking the reports with the reader's checks. */
    private static Corpus of(InputWalker.Walk walk, Workers.Results read, Gongkai gongkai) {
        List<FileResult> sorted = new ArrayList<>(read.files());
        walk.failures().forEach(failure -> sorted.add(FileResult.failed("", failure, false)));
        sorted.sort(Comparator.comparing(FileResult::name));
        List<Report> checked = gongkai.crossCheck(sorted.stream().flatMap(r -> r.report().stream()).toList());
        List<Optional<Duplicates.Copy>> duplicates = Duplicates.find(sorted.stream()
                .flatMap(r -> r.report().map(report -> new Duplicates.Entry(r.name(), r.sha256(), report)).stream())
                .toList());
        List<FileResult> results = new ArrayList<>(sorted.size());
        int report = 0;
        for (FileResult result : sorted) {
            results.add(result.report().isPresent()
                    ? result.with(checked.get(report), duplicates.get(report++)) : result);
        }
        Map<String, Path> sources = new HashMap<>();
        walk.files().forEach(file -> sources.put(file.name(), file.path()));
        return new Corpus(results, walk.files().size() + walk.failures().size(), read.stopped(), sources);
    }

    /** The results that are reports. */
    public List<FileResult> reports() {
        return results.stream().filter(result -> result.report().isPresent()).toList();
    }

    /** The results that are failures. */
    public List<FileResult> failures() {
        return results.stream().filter(result -> result.failure().isPresent()).toList();
    }

    /**
     * How a corpus is read.
     *
     * @param gongkai the reader, with these limits and the checks chosen
     * @param variant a name for the choice of checks, empty for all of them, so that results of other choices
     *                are kept apart
     * @param fresh   whether to parse again what the output folder keeps from earlier runs
     * @param jobs    files read in parallel
     */
    public record Settings(Gongkai gongkai, Limits limits, String variant, boolean fresh, int jobs) {
    }
}
