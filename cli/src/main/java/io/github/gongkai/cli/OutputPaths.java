package io.github.gongkai.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where outputs go: under the output folder, mirroring the input tree, and nowhere else. A symbolic link
 * inside the output folder is never followed out of it, for writing or for deleting: its real path is
 * resolved first.
 */
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

    /**
     * Checks that {@code path}, a path under {@code folder}, stays inside the folder once symbolic links are
     * resolved, as far as it exists, and creates the folders it lies in (none of them through a link).
     *
     * @return {@code path}, absolute
     * @throws IOException when a link on the way leads outside the folder, or a folder cannot be made
     */
    static Path inside(Path folder, Path path) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        Path target = path.toAbsolutePath().normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IOException("refusing to write outside " + folder + ": " + path);
        }
        Path realRoot = root.toRealPath();
        Path current = root;
        for (Path part : root.relativize(target)) {
            current = current.resolve(part);
            if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                if (current.equals(target)) {
                    break;
                }
                Files.createDirectory(current);
            }
            if (Files.isSymbolicLink(current) && !current.toRealPath().startsWith(realRoot)) {
                throw new IOException("refusing to follow the symbolic link " + current + ", which leads outside "
                        + folder);
            }
        }
        return target;
    }
}
