package io.github.gongkai.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks on the paths given on the command line. */
final class Inputs {
    private Inputs() {
    }

    /** Fails as a usage error when an input does not exist: a typo should not look like an empty corpus. */
    static void requireExisting(CommandSpec spec, List<Path> inputs) {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new ParameterException(spec.commandLine(), "no such file or folder: " + input);
            }
        }
    }
}
