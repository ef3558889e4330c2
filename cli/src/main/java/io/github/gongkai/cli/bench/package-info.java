/**
 * {@code gongkai bench} ({@link io.github.gongkai.cli.bench.BenchCommand}): the pipeline timed stage by
 * stage against the format libraries alone, throughput on one and several threads, and the heap it needs.
 */
package io.github.gongkai.cli.bench;
