package io.github.gongkai.cli.bench;

import io.github.gongkai.Gongkai;
import io.github.gongkai.TimedReport;
import io.github.gongkai.model.GongkaiException;
import java.nio.file.Path;

/**
 * One file through the pipeline's stages, each timed by the pipeline itself.
 *
 * @param read      the format parser, reading the file included
 * @param normalise every paragraph and cell normalised
 * @param locate    lines, section headings and table rows found
 * @param map       the model built from them
 * @param check     the checks on the mapped report
 */
record StageRun(long read, long normalise, long locate, long map, long check) {
    static StageRun of(Gongkai gongkai, Path file) throws GongkaiException {
        TimedReport run = gongkai.readTimed(file);
        return new StageRun(run.read().toNanos(), run.normalise().toNanos(), run.locate().toNanos(),
                run.map().toNanos(), run.check().toNanos());
    }
}
