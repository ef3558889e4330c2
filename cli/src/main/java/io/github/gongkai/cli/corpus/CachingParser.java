package io.github.gongkai.cli.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gongkai.ErrorText;
import io.github.gongkai.Gongkai;
import io.github.gongkai.Limits;
import io.github.gongkai.json.ReportCodec;
import io.github.gongkai.model.Report;
import io.github.gongkai.cli.output.AtomicFiles;
import io.github.gongkai.model.GongkaiException.Reason;
import io.github.gongkai.model.GongkaiException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one corpus file into a {@link FileResult}: reads and hashes it, takes the result an earlier run kept
 * for the same bytes, or parses it and keeps the result. Never throws for a bad file.
 */
final class CachingParser {
    /** Failures worth another try on a rerun: the disk, not the content, was at fault. */
    private static final Set<Reason> TRANSIENT = EnumSet.of(Reason.IO_ERROR, Reason.TIMED_OUT);

    private final Gongkai gongkai;
    private final Limits limits;
    private final ReportCache cache;
    private final boolean fresh;

    /**
     * @param gongkai the reader, with the same limits
     * @param cache   where results are kept between runs, or {@code null} for none
     * @param fresh whether to parse again what the cache holds (the new results are kept)
     */
    CachingParser(Gongkai gongkai, Limits limits, ReportCache cache, boolean fresh) {
        this.gongkai = gongkai;
        this.limits = limits;
        this.cache = cache;
        this.fresh = fresh;
    }

    FileResult parse(CorpusFile input) {
        byte[] bytes;
        try {
            if (Files.exists(input.path()) && !Files.isRegularFile(input.path())) {
                // Checked again here: opening a FIFO would wait for a writer that never comes. A file that is gone
                // is told by the read below.
                return FileResult.failed("", new Failure(input.name(), Reason.IO_ERROR,
                        Reason.IO_ERROR.describe() + ": not a regular file"), false);
            }
            if (Files.size(input.path()) > limits.maxFileBytes()) {
                return FileResult.failed("", new Failure(input.name(), Reason.TOO_LARGE,
                        Reason.TOO_LARGE.describe() + ": larger than " + limits.maxFileBytes() + " bytes"), false);
            }
            bytes = Files.readAllBytes(input.path());
        } catch (IOException e) {
            return FileResult.failed("", new Failure(input.name(), Reason.IO_ERROR,
                    Reason.IO_ERROR.describe() + ": " + ErrorText.ioProblem(e)), false);
        }
        String sha256 = sha256(bytes);
        Optional<JsonNode> kept = cache == null || fresh ? Optional.empty() : cache.get(sha256);
        if (kept.isPresent()) {
            try {
                return fromKept(kept.get(), input.name(), sha256);
            } catch (RuntimeException e) {
                // Unreadable or from an incompatible build: parse again and replace it.
            }
        }
        Parsed parsed = parse(bytes, input.name(), sha256);
        if (cache != null && parsed.result().failure().filter(failure -> !lasting(failure)).isEmpty()) {
            try {
                cache.put(sha256, parsed.entry());
            } catch (IOException e) {
                // Not keeping a result only costs a parse on the next run.
            }
        }
        return parsed.result();
    }

    private Parsed parse(byte[] bytes, String name, String sha256) {
        try {
            Report report = gongkai.read(bytes, name);
            if (cache == null) {
                // Nothing is kept, so no output comes from a kept report and the round trip below can be left out.
                return new Parsed("", FileResult.parsed(name, sha256, report, false));
            }
            String kept = ReportCodec.encode(report);
            // The report takes the round trip a kept one takes, so that both give the same outputs.
            return new Parsed(kept, FileResult.parsed(name, sha256, ReportCodec.decode(kept, name), false));
        } catch (GongkaiException e) {
            return failed(sha256, Failure.of(name, e));
        } catch (RuntimeException | StackOverflowError e) {
            // A bug met on one file must not end the run; the file is reported like a damaged one.
            return failed(sha256, new Failure(name, Reason.CORRUPT,
                    "internal error (worth reporting; --verbose shows where): " + ErrorText.line(e), Optional.of(e)));
        }
    }

    /**
     * Whether a failure would be the same on the next run: not when the disk or the clock was at fault, nor
     * when the JVM ran out of memory, which a larger heap or fewer workers may avoid.
     */
    static boolean lasting(Failure failure) {
        if (TRANSIENT.contains(failure.reason())) {
            return false;
        }
        for (Throwable cause = failure.cause().orElse(null); cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return false;
            }
        }
        return true;
    }

    private static Parsed failed(String sha256, Failure failure) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.putObject("failure").put("reason", failure.reason().name()).put("message", failure.message());
        return new Parsed(entry.toString(), FileResult.failed(sha256, failure, false));
    }

    /** A parse's result, and the entry to keep for it (its JSON text). */
    private record Parsed(String entry, FileResult result) {
    }

    /** The result an earlier run kept, named as the file is now. */
    private static FileResult fromKept(JsonNode entry, String name, String sha256) {
        JsonNode failure = entry.get("failure");
        if (failure != null) {
            return FileResult.failed(sha256, new Failure(name, Reason.valueOf(failure.path("reason").asText()),
                    failure.path("message").asText()), true);
        }
        return FileResult.parsed(name, sha256, ReportCodec.decode(entry.toString(), name), true);
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(AtomicFiles.sha256().digest(bytes));
    }
}
