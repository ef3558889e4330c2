package io.github.gongkai.cli.corpus;

import java.util.Objects;

/**
 * One file of a corpus run.
 *
 * @param path where it is read from
 * @param name its path relative to its input root, with forward slashes: the name it has in every output,
 *             so that outputs do not depend on where the corpus sits on disk
 */
record CorpusFile(java.nio.file.Path path, String name) {
    CorpusFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
    }
}
