package io.github.gongkai.internal.parsers;

import io.github.gongkai.Limits;
import io.github.gongkai.model.GongkaiException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * One input file: its name (used in messages and to record the source, never to choose a parser alone)
 * and its content.
 *
 * @param name  the file's name or path as the caller gave it
 * @param bytes the content; not copied, and not modified by any parser
 */
public record Input(String name, byte[] bytes) {
    public Input {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** Fails with {@code TOO_LARGE} when the input is larger than {@link Limits#maxFileBytes()}. */
    public void checkSize(Limits limits) throws GongkaiException {
        checkSize(name, bytes.length, limits);
    }

    /** Fails with {@code TOO_LARGE} when {@code length} bytes are more than {@link Limits#maxFileBytes()}. */
    public static void checkSize(String name, long length, Limits limits) throws GongkaiException {
        if (length > limits.maxFileBytes()) {
            throw new LimitExceeded(oversize("the file", limits)).failure(name);
        }
    }

    /**
     * The bytes of a stream, read up to one byte more than the size limit (enough to refuse a larger input without
     * reading it all); {@code what} names the content in the message.
     *
     * @throws LimitExceeded when the stream holds more than {@link Limits#maxFileBytes()} bytes
     */
    public static byte[] readWithin(InputStream in, Limits limits, String what) throws IOException {
        byte[] read = in.readNBytes((int) Math.min(limits.maxFileBytes() + 1, Integer.MAX_VALUE - 8));
        if (read.length > limits.maxFileBytes()) {
            throw new LimitExceeded(oversize(what, limits));
        }
        return read;
    }

    private static String oversize(String what, Limits limits) {
        return what + " is larger than " + limits.maxFileBytes() + " bytes";
    }
}
