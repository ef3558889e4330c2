/**
 * Files under the output folder: written atomically ({@link io.github.gongkai.cli.output.AtomicFiles}) and
 * never outside it, not even through a symbolic link ({@link io.github.gongkai.cli.output.OutputPaths}).
 */
package io.github.gongkai.cli.output;
