package io.github.gongkai.cli.corpus;

import io.github.gongkai.Gongkai;
import io.github.gongkai.json.ReportJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Names the build that made a kept result, so that results of another build are never reused: the release
 * version where the jar has one, otherwise the newest modification time of gongkai's own code (a rebuilt
 * jar or recompiled classes get a new stamp).
 */
final class BuildStamp {
    private BuildStamp() {
    }

    static String current() {
        String version = BuildStamp.class.getPackage().getImplementationVersion();
        String build = version != null ? version : "build-" + newestCode();
        return build + "-schema" + ReportJson.SCHEMA_VERSION;
    }

    private static long newestCode() {
        long newest = 0;
        for (Class<?> type : List.of(BuildStamp.class, Gongkai.class, ReportJson.class)) {
            try {
                newest = Math.max(newest, newest(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())));
            } catch (IOException | URISyntaxException | RuntimeException e) {
                // An unknown location gives no stamp of its own; the others still do.
            }
        }
        return newest;
    }

    private static long newest(Path location) throws IOException {
        if (!Files.isDirectory(location)) {
            return Files.getLastModifiedTime(location).toMillis();
        }
        try (Stream<Path> files = Files.walk(location)) {
            long newest = 0;
            for (Path file : (Iterable<Path>) files::iterator) {
                newest = Math.max(newest, Files.getLastModifiedTime(file).toMillis());
            }
            return newest;
        }
    }
}
