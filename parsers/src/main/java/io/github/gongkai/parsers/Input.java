package io.github.gongkai.parsers;

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
}
