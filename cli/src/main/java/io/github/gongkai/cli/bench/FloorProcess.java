package io.github.gongkai.cli.bench;

import io.github.gongkai.model.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor of a whole process: a JVM that reads one file with its format's library alone ({@link Floors})
 * and exits, loading nothing of ours but this class. {@code gongkai bench} starts it beside
 * {@code gongkai convert} on the same file to compare start-up and all.
 */
final class FloorProcess {
    private FloorProcess() {
    }

    /** {@code FORMAT FILE}: prints the count the library's result gave, so that its work is used. */
    public static void main(String[] args) throws IOException {
        System.out.println(Floors.read(Format.valueOf(args[0]), Files.readAllBytes(Path.of(args[1]))));
    }
}
