package io.github.gongkai.cli.corpus;

import io.github.gongkai.model.GongkaiException;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Finds the files of a corpus: every regular file under the given folders, following symbolic links but
 * not their loops, skipping hidden entries (names starting with a dot) and the output folder. What is
 * neither a file nor a folder (a FIFO, a device, a socket, a link to nothing), given or found, is recorded
 * as unreadable and never opened.
 *
 * <p>Names are relative to their input root, each component as {@link FileNames} gives it. With a single
 * folder given, a file's name is its path inside it; with several inputs, each is prefixed by its root's
 * own name (made unique), so that two roots never give two files the same name.
 */
final class InputWalker {
    private static final String NOT_REGULAR = GongkaiException.Reason.IO_ERROR.describe()
            + ": not a regular file (a FIFO, device or socket)";

    private InputWalker() {
    }

    /**
     * The files found, sorted by name, and the entries that could not be read.
     *
     * @param roots    files and folders, in the order given
     * @param excluded a folder never to read from (the output), or {@code null}
     */
    static Walk walk(List<Path> roots, Path excluded) throws IOException {
        Path skip = excluded == null || !Files.exists(excluded) ? null : excluded.toRealPath();
        List<CorpusFile> files = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (Path root : roots) {
            String prefix = roots.size() == 1 && Files.isDirectory(root) ? "" : unique(label(root), labels);
            walk(root, prefix, skip, files, failures);
        }
        files.sort(Comparator.comparing(CorpusFile::name));
        failures.sort(Comparator.comparing(Failure::file));
        return new Walk(List.copyOf(files), List.copyOf(failures));
    }

    private static void walk(Path root, String prefix, Path skip, List<CorpusFile> files, List<Failure> failures)
            throws IOException {
        if (!Files.isDirectory(root)) {
            if (isUnder(root, skip)) {
                return;
            }
            Optional<String> unreadable = notRegular(root);
            if (unreadable.isPresent()) {
                failures.add(new Failure(prefix, GongkaiException.Reason.IO_ERROR, unreadable.get()));
            } else {
                files.add(new CorpusFile(root, prefix));
            }
            return;
        }
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                boolean hidden = !dir.equals(root) && isHidden(dir);
                return hidden || isUnder(dir, skip) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (isHidden(file) || isUnder(file, skip)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isRegularFile()) {
                    files.add(new CorpusFile(file, name(root, prefix, file)));
                } else {
                    failures.add(new Failure(name(root, prefix, file), GongkaiException.Reason.IO_ERROR,
                            notRegular(file).orElse(NOT_REGULAR)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // A link back to an ancestor would be walked forever; its files are reached the other way.
                if (!(e instanceof FileSystemLoopException) && !isHidden(file)) {
                    failures.add(new Failure(name(root, prefix, file), GongkaiException.Reason.IO_ERROR,
                            "could not read the file: " + e.getClass().getSimpleName()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Why a path that is not a folder cannot be read, or nothing for a regular file. A FIFO would block the
     * run on opening it and a device never end, so neither is opened; a link to nothing has nothing to read.
     */
    private static Optional<String> notRegular(Path path) {
        if (Files.isRegularFile(path)) {
            return Optional.empty();
        }
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            return Optional.of(GongkaiException.Reason.IO_ERROR.describe() + ": a symbolic link to nothing");
        }
        return Optional.of(NOT_REGULAR);
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean isUnder(Path path, Path skip) {
        if (skip == null) {
            return false;
        }
        try {
            return path.toRealPath().startsWith(skip);
        } catch (IOException e) {
            // A link to nothing leads nowhere, so not into the output either.
            return false;
        }
    }

    private static String name(Path root, String prefix, Path file) {
        StringJoiner name = new StringJoiner("/");
        if (!prefix.isEmpty()) {
            name.add(prefix);
        }
        root.relativize(file).forEach(component -> name.add(FileNames.of(component)));
        return name.toString();
    }

    private static String label(Path root) {
        Path name = root.toAbsolutePath().normalize().getFileName();
        return name == null ? "root" : FileNames.of(name);
    }

    private static String unique(String label, Set<String> taken) {
        String candidate = label;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = label + "~" + n;
        }
        return candidate;
    }

    /**
     * What a walk found.
     *
     * @param files    the files, sorted by name
     * @param failures entries that could not be read, sorted by name
     */
    record Walk(List<CorpusFile> files, List<Failure> failures) {
    }
}
