package io.github.gongkai.cli;

import io.github.gongkai.Gongkai;
import io.github.gongkai.json.Duplicates;
import io.github.gongkai.model.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The results of a corpus run as the outputs show them: sorted by name, with the checks that need several
 * reports (year over year) applied and duplicates marked.
 *
 * @param results every file's result, sorted by name
 * @param total   the number of files found
 * @param stopped whether the run was stopped before every file was read
 */
record Corpus(List<FileResult> results, int total, boolean stopped) {
    Corpus {
        results = List.copyOf(results);
    }

    /** Puts together what a walk and a run found, cross-checking the reports with the reader's checks. */
    static Corpus of(CorpusWalker.Walk walk, CorpusRun.Results run, Gongkai gongkai) {
        List<FileResult> sorted = new ArrayList<>(run.files());
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
        return new Corpus(results, walk.files().size() + walk.failures().size(), run.stopped());
    }

    /** The results that are reports. */
    List<FileResult> reports() {
        return results.stream().filter(result -> result.report().isPresent()).toList();
    }

    /** The results that are failures. */
    List<FileResult> failures() {
        return results.stream().filter(result -> result.failure().isPresent()).toList();
    }
}
