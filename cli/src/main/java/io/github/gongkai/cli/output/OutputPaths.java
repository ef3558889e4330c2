package io.github.gongkai.cli.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * Where outputs go: under the output folder, mirroring the input tree, and nowhere else. A symbolic link
 * inside the output folder is never followed out of it, for writing or for deleting: its real path is
 * resolved first.
 */
public final class OutputPaths {
    /** The longest file name most file systems take, in bytes. */
    public static final int MAX_NAME_BYTES = 255;
    /** Hex digits of the name's hash that keep shortened names apart. */
    private static final int HASH_DIGITS = 16;

    private OutputPaths() {
    }

    /**
     * A name too long for the file system with the suffix added: as much of it as fits, then {@code ~} and a
     * hash of the whole name, so that two long names sharing a start still get outputs of their own.
     */
    static String shortened(String stem, String suffix) {
        String mark = "~" + HexFormat.of().formatHex(AtomicFiles.sha256().digest(stem.getBytes(StandardCharsets.UTF_8))).substring(0, HASH_DIGITS);
        int budget = MAX_NAME_BYTES - utf8Length(mark + suffix);
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < stem.length(); ) {
            int codePoint = stem.codePointAt(i);
            String one = new String(Character.toChars(codePoint));
            bytes += utf8Length(one);
            if (bytes > budget) {
                break;
            }
            kept.append(one);
            i += Character.charCount(codePoint);
        }
        return kept + mark + suffix;
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * The path of the file named {@code name} plus {@code suffix} under {@code folder}.
     *
     * @throws IOException when the name would lead outside the folder
     */
    public static Path under(Path folder, String name, String suffix) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        Path target = root.resolve(name + suffix).normalize();
        Path file = target.getFileName();
        if (file != null && utf8Length(file.toString()) > MAX_NAME_BYTES) {
            target = target.resolveSibling(shortened(file.toString().substring(0,
                    file.toString().length() - suffix.length()), suffix));
        }
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
    public static Path inside(Path folder, Path path) throws IOException {
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
                createFolder(current);
            }
            if (Files.isSymbolicLink(current) && !current.toRealPath().startsWith(realRoot)) {
                throw new IOException("refusing to follow the symbolic link " + current + ", which leads outside "
                        + folder);
            }
        }
        return target;
    }

    /** Makes a folder, which another worker writing beside it may have made a moment before. */
    private static void createFolder(Path folder) throws IOException {
        try {
            Files.createDirectory(folder);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(folder)) {
                throw e;
            }
        }
    }
}
