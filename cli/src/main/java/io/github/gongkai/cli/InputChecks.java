package io.github.gongkai.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks on the paths given on the command line. */
final class InputChecks {
    private InputChecks() {
    }

    /**
     * Fails as a usage error when an input does not exist (a typo should not look like an empty corpus) or
     * lies inside the output folder (which a run never reads, and whose files it replaces).
     *
     * @param output the output folder, or {@code null}
     */
    static void check(CommandSpec spec, List<Path> inputs, Path output) {
        Path out = output == null ? null : output.toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new ParameterException(spec.commandLine(), "no such file or folder: " + input);
            }
            if (out != null && input.toAbsolutePath().normalize().startsWith(out)) {
                throw new ParameterException(spec.commandLine(), "an input must not lie inside the output folder: " + input);
            }
        }
    }
}
