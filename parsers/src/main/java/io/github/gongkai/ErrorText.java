package io.github.gongkai;

import io.github.gongkai.internal.parsers.Plain;
import java.io.IOException;

/**
 * Exceptions in one line of plain words, as the messages of {@link io.github.gongkai.model.GongkaiException}
 * put them: a format library's own text cut to its first line, without class names. For applications that
 * report failures beside the library's own.
 */
public final class ErrorText {
    private ErrorText() {
    }

    /** The first line of the first message in the exception's chain of causes, without class names. */
    public static String line(Throwable e) {
        return Plain.line(e);
    }

    /** What went wrong with a file in plain words, after the file's name where the exception names one. */
    public static String io(IOException e) {
        return Plain.io(e);
    }

    /** What went wrong with a file in plain words ({@code permission denied}), without the file's name. */
    public static String ioProblem(IOException e) {
        return Plain.ioProblem(e);
    }
}
