package io.github.gongkai.cli.corpus;

import io.github.gongkai.json.Duplicates;
import io.github.gongkai.model.Report;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run made of one input: a report or a failure.
 *
 * @param name      the file's name in the outputs
 * @param sha256    the SHA-256 of its bytes, empty when they could not be read
 * @param report    the report, when the file held one
 * @param failure   why not, otherwise
 * @param reused    whether the result was kept from an earlier run rather than parsed now
 * @param duplicate the report this one repeats, when it does
 */
public record FileResult(String name, String sha256, Optional<Report> report, Optional<Failure> failure, boolean reused,
                  Optional<Duplicates.Copy> duplicate) {
    public FileResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        if (report.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("a result is a report or a failure: " + name);
        }
        Objects.requireNonNull(duplicate, "duplicate");
    }

    /** A file that held a report. */
    static FileResult parsed(String name, String sha256, Report report, boolean reused) {
        return new FileResult(name, sha256, Optional.of(report), Optional.empty(), reused, Optional.empty());
    }

    /** A file that could not be read; {@code sha256} is empty when its bytes could not be. */
    static FileResult failed(String sha256, Failure failure, boolean reused) {
        return new FileResult(failure.file(), sha256, Optional.empty(), Optional.of(failure), reused, Optional.empty());
    }

    /** The same result with a corpus-level view of its report. */
    FileResult with(Report checked, Optional<Duplicates.Copy> duplicateOf) {
        return new FileResult(name, sha256, Optional.of(checked), failure, reused, duplicateOf);
    }
}
