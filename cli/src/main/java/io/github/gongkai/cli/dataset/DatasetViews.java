package io.github.gongkai.cli.dataset;

import io.github.gongkai.cli.corpus.Corpus;
import io.github.gongkai.cli.corpus.FileResult;
import io.github.gongkai.cli.output.AtomicFiles;
import io.github.gongkai.cli.output.OutputPaths;
import io.github.gongkai.json.Duplicates;
import io.github.gongkai.model.Language;
import io.github.gongkai.view.CorpusIndex;
import io.github.gongkai.view.ReportView;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The dataset's pages for people: {@code OUT/index.html}, every report as a row linking to its view, and
 * {@code OUT/view/NAME.html}, each report's view with pictures of its PDF pages, written on the run's workers.
 */
public final class DatasetViews {
    static final String INDEX = "index.html";
    static final String VIEWS = "view";

    private DatasetViews() {
    }

    /**
     * Writes every report's view, with pictures of its source's PDF pages, and the index linking them.
     *
     * @param jobs the number of views written at once
     */
    public static void write(Corpus corpus, Path folder, Language language, int jobs)
            throws IOException, InterruptedException {
        Path views = folder.resolve(VIEWS);
        List<CorpusIndex.Entry> entries = new ArrayList<>();
        List<Future<?>> written = new ArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(jobs);
        try {
            for (FileResult result : corpus.reports()) {
                Path target = OutputPaths.under(views, result.name(), ".html");
                entries.add(new CorpusIndex.Entry(result.name(), link(folder, target), result.report().orElseThrow(),
                        result.duplicate().map(Duplicates.Copy::file).orElse("")));
                Path source = corpus.sources().getOrDefault(result.name(), Path.of(result.name()));
                written.add(workers.submit(() -> {
                    AtomicFiles.writeText(folder, target, false,
                            out -> ReportView.write(result.report().orElseThrow(), source, language, out));
                    return null;
                }));
            }
            for (Future<?> view : written) {
                view.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
        AtomicFiles.writeText(folder, folder.resolve(INDEX), false, out -> CorpusIndex.write(entries, language, out));
    }

    /** The address of a view relative to the index, each name's characters quoted as an address needs. */
    private static String link(Path folder, Path target) throws IOException {
        String relative = folder.toAbsolutePath().normalize().relativize(target).toString().replace('\\', '/');
        try {
            return new URI(null, null, relative, null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IOException("cannot link to " + relative, e);
        }
    }
}
