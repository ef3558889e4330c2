/**
 * The {@code gongkai} command line: {@link io.github.gongkai.cli.Main}, the commands ({@code convert},
 * {@code dataset}, {@code check}, {@code text}) and their option groups, and what the user sees of a run
 * (progress bar, failure lines, summary, exit codes). The work is done below: reading a corpus in
 * {@link io.github.gongkai.cli.corpus}, its dataset in {@link io.github.gongkai.cli.dataset}, files under
 * the output folder in {@link io.github.gongkai.cli.output}; {@code bench} is {@link io.github.gongkai.cli.bench}.
 */
package io.github.gongkai.cli;
