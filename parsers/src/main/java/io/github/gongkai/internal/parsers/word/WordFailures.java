package io.github.gongkai.internal.parsers.word;

import io.github.gongkai.internal.parsers.LimitExceeded;
import io.github.gongkai.internal.parsers.Plain;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.GongkaiException.Reason;

/** What a failure while reading a Word file, .doc or DOCX, means for the file. */
final class WordFailures {
    private WordFailures() {
    }

    /**
     * What a failure while reading means for the file: a limit it went over, or damage POI reported as an
     * {@code IOException} or as any kind of runtime exception.
     */
    static GongkaiException failure(String file, Exception e) {
        if (e instanceof GongkaiException known) {
            return known;
        }
        if (e instanceof LimitExceeded limit) {
            return limit.failure(file);
        }
        if (isPoiZipBomb(e)) {
            return new GongkaiException(Reason.TOO_LARGE, file, "a part of the package expands so far that it may be a zip bomb", e);
        }
        return new GongkaiException(Reason.CORRUPT, file, Plain.line(e), e);
    }

    /**
     * Whether POI's own zip-bomb guard, which stays active behind {@code ZipGuard} and looks at smaller parts,
     * refused the package: it says so only in the words of its message, in an exception of a general type.
     */
    private static boolean isPoiZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().startsWith("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }

    /** The exception for an encrypted file. */
    static GongkaiException encrypted(String file, Throwable cause) {
        return new GongkaiException(Reason.ENCRYPTED, file, "password-protected Word document", cause);
    }
}
