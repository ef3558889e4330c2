package io.github.gongkai.cli;

import java.io.IOException;
import java.nio.file.Path;

/** Where per-file outputs go: under the output folder, mirroring the input tree, and nowhere else. */
final class OutputPaths {
    private OutputPaths() {
    }

    /**
     * The path of the file named {@code name} plus {@code suffix} under {@code folder}.
     *
     * @throws IOException when the name would lead outside the folder
     */
    static Path under(Path folder, String name, String suffix) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        Path target = root.resolve(name + suffix).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IOException("refusing to write outside " + folder + ": " + name + suffix);
        }
        return target;
    }
}
