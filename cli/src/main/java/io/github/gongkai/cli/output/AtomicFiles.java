package io.github.gongkai.cli.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Random;

/**
 * Writes files so that a reader (or an interrupted run) never sees half of one: the content goes to a
 * temporary file beside the target, which is then renamed over it. Every target lies under an output
 * folder, and no symbolic link is followed out of it (see {@link OutputPaths#inside}).
 */
public final class AtomicFiles {
    /** Ends the names of temporary files, so that leftovers of a killed run can be recognised and removed. */
    static final String PARTIAL = ".partial";
    private static final Random TEMPORARY = new SecureRandom();

    private AtomicFiles() {
    }

    /** Content written to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Content written as text. */
    @FunctionalInterface
    public interface Text {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes bytes to {@code target}, a path under {@code root}, atomically, creating its folder.
     *
     * @return the SHA-256 of the bytes written, in hex
     */
    public static String write(Path root, Path target, Content content) throws IOException {
        Path checked = OutputPaths.inside(root, target);
        // A short name of its own: the target's name may already be as long as the file system allows.
        Path temporary = checked.getParent().resolve("." + Long.toHexString(TEMPORARY.nextLong()) + PARTIAL);
        try {
            MessageDigest digest = sha256();
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), digest)) {
                content.writeTo(out);
            }
            move(temporary, checked);
            return HexFormat.of().formatHex(digest.digest());
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Writes UTF-8 text to {@code target} under {@code root} atomically, with a byte order mark first when asked.
     *
     * @return the SHA-256 of the bytes written, in hex
     */
    public static String writeText(Path root, Path target, boolean byteOrderMark, Text text) throws IOException {
        return write(root, target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            if (byteOrderMark) {
                writer.write('\uFEFF');
            }
            text.writeTo(writer);
            writer.flush();
        });
    }

    /** Writes bytes unless the target already holds exactly them; says whether it wrote. */
    public static boolean writeIfChanged(Path root, Path target, byte[] bytes) throws IOException {
        OutputPaths.inside(root, target);
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == bytes.length
                && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
            return false;
        }
        write(root, target, out -> out.write(bytes));
        return true;
    }

    /**
     * Fails at once when nothing can be written into {@code folder}, so that a read-only output is reported
     * before the corpus is read rather than after.
     */
    public static void checkWritable(Path folder) throws IOException {
        Path probe = folder.resolve("." + Long.toHexString(TEMPORARY.nextLong()) + PARTIAL);
        try {
            Files.newOutputStream(probe, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    /** A new SHA-256 digest. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Removes the temporary files a killed run left under {@code folder}. */
    public static void removeLeftovers(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && file.getFileName().toString().endsWith(PARTIAL)) {
                    Files.deleteIfExists(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems cannot rename atomically; a plain replace is the best they offer.
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
