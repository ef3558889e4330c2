package io.github.gongkai.internal.parsers;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.regex.Pattern;

/**
 * Exceptions of the JDK and of format libraries told in one line of plain words, for the one-line reasons
 * people read: libraries write several lines of advice to their own users ("open an issue on bugzilla",
 * settings to change), prefix class names, and the JDK's file exceptions carry only a path.
 */
public final class Plain {
    /** A Java class name in front of a message, as {@code Throwable.toString()} and wrapping exceptions put it. */
    private static final Pattern CLASS_PREFIX = Pattern.compile("^(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*:\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Plain() {
    }

    /**
     * What a library's exception says, in one line: its first line without class names, or its cause's
     * where it says nothing itself.
     */
    public static String line(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String line = firstLine(t.getMessage());
            if (!line.isEmpty()) {
                return line;
            }
        }
        return "its structure could not be read";
    }

    /** What went wrong with a file, in words: the path where the exception names one, then what happened. */
    public static String io(IOException e) {
        String what = ioProblem(e);
        return e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() + ": " + what : what;
    }

    /** What went wrong with a file, in words, without its path: for messages that name the file already. */
    public static String ioProblem(IOException e) {
        if (!(e instanceof FileSystemException fs)) {
            return line(e);
        }
        String what;
        if (e instanceof NoSuchFileException) {
            what = "no such file or folder";
        } else if (e instanceof FileAlreadyExistsException) {
            what = "already exists";
        } else if (e instanceof AccessDeniedException) {
            what = "permission denied";
        } else if (e instanceof NotDirectoryException) {
            what = "not a folder";
        } else if (e instanceof DirectoryNotEmptyException) {
            what = "folder not empty";
        } else if (e instanceof FileSystemLoopException) {
            what = "symbolic links that lead round in a loop";
        } else {
            what = fs.getReason() == null ? "input or output failed" : firstLine(fs.getReason());
        }
        return what;
    }

    /** The first non-blank line of a text, class-name prefixes removed and spaces collapsed; empty for none. */
    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        String stripped;
        while (!(stripped = CLASS_PREFIX.matcher(line).replaceFirst("")).equals(line)) {
            line = stripped;
        }
        return SPACES.matcher(line).replaceAll(" ").strip();
    }
}
