package io.github.gongkai.model;

import java.io.IOException;
import java.util.Objects;

/**
 * The one exception gongkai throws for input it cannot turn into a report. {@link #reason()} says why in
 * a form a program can act on; the message says it in words a person understands, naming the file.
 */
public class GongkaiException extends IOException {
    private static final long serialVersionUID = 1L;

    private final Reason reason;
    private final String file;

    /**
     * A failure without an underlying cause.
     *
     * @param reason why, for programs
     * @param file   the file's name as it was given
     * @param detail what exactly went wrong, for people; may be empty
     */
    public GongkaiException(Reason reason, String file, String detail) {
        this(reason, file, detail, null);
    }

    /**
     * A failure caused by another exception, such as a format library's.
     *
     * @param reason why, for programs
     * @param file   the file's name as it was given
     * @param detail what exactly went wrong, for people; may be empty; its lines are joined into one, since
     *               the message is printed and recorded as one line
     * @param cause  what the failure came from, or {@code null}
     */
    public GongkaiException(Reason reason, String file, String detail, Throwable cause) {
        super(file + ": " + reason.describe() + (detail == null || detail.isBlank() ? "" : ": " + oneLine(detail)), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.file = Objects.requireNonNull(file, "file");
    }

    private static String oneLine(String detail) {
        return detail.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Why the file could not be read. */
    public Reason reason() {
        return reason;
    }

    /** The file's name as it was given. */
    public String file() {
        return file;
    }

    /** Why a file could not be turned into a report. The names are stable: batch outputs record them. */
    public enum Reason {
        /** The content is none of the supported formats. */
        UNSUPPORTED_FORMAT("unsupported format"),
        /** The file is damaged or truncated and its format's reader gave up. */
        CORRUPT("corrupt or truncated file"),
        /** The file is encrypted and cannot be opened without a password. */
        ENCRYPTED("encrypted file"),
        /** The file has no text layer: a scan or images of pages. */
        SCANNED("scanned document without a text layer"),
        /** The file was read, but holds no annual report (no numbered sections, none of the tables). */
        NO_REPORT("no annual report found"),
        /** The file or its content is over a configured limit. */
        TOO_LARGE("over a size limit"),
        /** Reading the file took longer than the configured time limit. */
        TIMED_OUT("timed out"),
        /** The file could not be read from disk. */
        IO_ERROR("could not read the file");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        /** The reason in a few English words. */
        public String describe() {
            return description;
        }
    }
}
