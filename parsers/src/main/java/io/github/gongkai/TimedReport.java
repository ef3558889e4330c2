package io.github.gongkai;

import io.github.gongkai.model.Report;
import java.time.Duration;

/**
 * A report with the time each stage of the pipeline took to read it, for benchmarks.
 *
 * @param report    the checked report, as {@link Gongkai#read(java.nio.file.Path)} returns it
 * @param read      loading the file, detecting its format and its format parser reading it
 * @param normalise every paragraph and cell of the document normalised
 * @param locate    the sections and the rows of tables A, B and C found
 * @param map       the typed model built from them
 * @param check     the checks run on the model
 */
public record TimedReport(Report report, Duration read, Duration normalise, Duration locate, Duration map,
                          Duration check) {
}
