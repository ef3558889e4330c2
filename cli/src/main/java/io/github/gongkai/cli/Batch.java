package io.github.gongkai.cli;

import io.github.gongkai.Gongkai;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** Reads a corpus: walks the inputs, reads every file on the workers, and puts the results together. */
final class Batch {
    private Batch() {
    }

    /**
     * @param output the output folder, which is never read as input and keeps results for reruns; {@code null}
     *               for none
     * @param stop   set to stop the run early
     */
    static Corpus read(List<Path> inputs, Path output, RunOptions options, Progress progress, AtomicBoolean stop)
            throws IOException, InterruptedException {
        ReportCache cache = null;
        if (output != null) {
            Files.createDirectories(output);
            AtomicFiles.checkWritable(output);
            AtomicFiles.removeLeftovers(output);
            cache = ReportCache.in(output, options.variant());
        }
        CorpusWalker.Walk walk = CorpusWalker.walk(inputs, output);
        Gongkai gongkai = options.gongkai();
        InputReader reader = new InputReader(gongkai, options.limits.limits(), cache, options.fresh);
        CorpusRun run = new CorpusRun(reader::read, options.jobs(), options.timeLimit(), stop);
        try (progress) {
            return Corpus.of(walk, run.run(walk.files(), progress), gongkai);
        }
    }
}
