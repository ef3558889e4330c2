/**
 * The dataset of a corpus: {@code reports.jsonl}, {@code reports.csv}, {@code anomalies.csv},
 * {@code errors.csv} and their {@code SHA256SUMS} ({@link io.github.gongkai.cli.dataset.DatasetWriter}).
 */
package io.github.gongkai.cli.dataset;
