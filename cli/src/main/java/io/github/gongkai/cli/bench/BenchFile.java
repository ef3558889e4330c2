package io.github.gongkai.cli.bench;

import io.github.gongkai.Gongkai;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.Source;
import java.nio.file.Path;

/** A file the benchmark reads: its format, size and pages, as a first full read found them. */
record BenchFile(Path path, Format format, long bytes, int pages) {
    /** Reads the file once; fails as {@link Gongkai#read(Path)} does. */
    static BenchFile of(Gongkai gongkai, Path file) throws GongkaiException {
        Source source = gongkai.read(file).source();
        return new BenchFile(file, source.format(), file.toFile().length(), source.pages());
    }
}
