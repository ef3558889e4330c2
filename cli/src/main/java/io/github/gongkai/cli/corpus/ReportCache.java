package io.github.gongkai.cli.corpus;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongkai.cli.output.AtomicFiles;
import io.github.gongkai.cli.output.OutputPaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What earlier runs made of each input, keyed by the SHA-256 of its bytes, so that a rerun parses only what
 * is new or changed: the same bytes under another name, or moved, are not parsed again. Entries are
 * compressed JSON trees under {@code OUT/.gongkai/cache/BUILD/}, one file each, written atomically; an
 * entry that cannot be read is treated as missing. The {@link BuildStamp} in the path keeps results of
 * another build of gongkai from being reused; their folders are removed.
 */
final class ReportCache {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final Path output;
    private final Path folder;

    private ReportCache(Path output, Path folder) {
        this.output = output;
        this.folder = folder;
    }

    /**
     * The cache of an output folder, for this build and choice of checks; what other builds or choices kept
     * there is removed.
     *
     * @param variant the choice of checks, empty for all of them
     */
    static ReportCache in(Path output, String variant) throws IOException {
        Path caches = output.resolve(".gongkai").resolve("cache");
        Path current = caches.resolve(BuildStamp.current() + (variant.isEmpty() ? "" : "-" + variant));
        // A link planted in the output folder must not turn the clean-up into deleting files elsewhere.
        OutputPaths.inside(output, current);
        if (Files.isDirectory(caches)) {
            try (Stream<Path> builds = Files.list(caches)) {
                for (Path build : builds.filter(build -> !build.equals(current)).toList()) {
                    delete(build);
                }
            }
        }
        return new ReportCache(output, current);
    }

    /** Deletes a folder and what it holds; links in it are deleted, not followed. */
    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The entry kept for these bytes, if any and readable. */
    Optional<JsonNode> get(String sha256) {
        Path file = file(sha256);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return Optional.of(MAPPER.readTree(in));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Keeps an entry for these bytes: its JSON text. */
    void put(String sha256, String entry) throws IOException {
        AtomicFiles.write(output, file(sha256), out -> {
            GZIPOutputStream zip = new GZIPOutputStream(out);
            zip.write(entry.getBytes(StandardCharsets.UTF_8));
            zip.finish();
        });
    }

    private Path file(String sha256) {
        return folder.resolve(sha256.substring(0, 2)).resolve(sha256 + ".json.gz");
    }
}
