package io.github.gongkai;

import io.github.gongkai.document.Document;
import io.github.gongkai.internal.map.ReportExtractor;
import io.github.gongkai.internal.parsers.FormatDetector;
import io.github.gongkai.internal.parsers.FormatParser;
import io.github.gongkai.internal.parsers.Input;
import io.github.gongkai.internal.parsers.html.HtmlParser;
import io.github.gongkai.internal.parsers.pdf.PdfParser;
import io.github.gongkai.internal.parsers.text.TextParser;
import io.github.gongkai.internal.parsers.word.DocParser;
import io.github.gongkai.internal.parsers.word.DocxParser;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * Reads government information disclosure annual reports (政府信息公开工作年度报告) into a typed, checked
 * {@link Report}. The format is detected from the content: PDF, HTML, DOCX, DOC or plain text.
 *
 * <pre>{@code
 * Report report = Gongkai.parse(Path.of("report.pdf"));
 * report.applications().ifPresent(b -> System.out.println(b.get(RowKey.NEWLY_RECEIVED, Applicant.TOTAL)));
 * }</pre>
 *
 * An instance is immutable and thread-safe; {@link #builder()} configures one.
 *
 * <p>Every file that cannot be read fails with a {@link GongkaiException} whose {@link
 * GongkaiException.Reason} says why, never with another exception: the {@link Limits} bound its size and
 * the time spent on it, and running out of memory or stack on one file fails that file as
 * {@link GongkaiException.Reason#TOO_LARGE}. Each file is read on a worker thread of its own, so that
 * {@link Limits#maxTimePerFile()} holds even where a format library does not stop in time.
 */
public final class Gongkai {
    private static final Gongkai DEFAULT = builder().build();

    private final Limits limits;
    private final Map<Format, FormatParser> parsers;

    private Gongkai(Builder builder) {
        this.limits = builder.limits;
        this.parsers = new EnumMap<>(Format.class);
        register(new TextParser());
        register(new HtmlParser());
        register(new PdfParser());
        register(new DocxParser());
        register(new DocParser());
    }

    private void register(FormatParser parser) {
        parsers.put(parser.format(), parser);
    }

    /** Reads a report file with the default settings. */
    public static Report parse(Path file) throws GongkaiException {
        return DEFAULT.read(file);
    }

    /** Reads a report from bytes with the default settings; {@code name} names it in messages and output. */
    public static Report parse(byte[] bytes, String name) throws GongkaiException {
        return DEFAULT.read(bytes, name);
    }

    /** A builder for an instance with its own settings. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a report file.
     *
     * @return the report with its anomalies and check outcomes
     * @throws GongkaiException when the file cannot be read or holds no report, with the reason
     */
    public Report read(Path file) throws GongkaiException {
        return read(load(file), file.toString());
    }

    /** Reads a report from a stream, which is read to its end but not closed. */
    public Report read(InputStream in, String name) throws GongkaiException {
        try {
            return read(in.readNBytes(Math.toIntExact(Math.min(limits.maxFileBytes() + 1, Integer.MAX_VALUE - 8))), name);
        } catch (IOException e) {
            throw new GongkaiException(GongkaiException.Reason.IO_ERROR, name, e.getMessage(), e);
        }
    }

    /** Reads a report from bytes, which are not modified. */
    public Report read(byte[] bytes, String name) throws GongkaiException {
        Input input = new Input(name, bytes);
        return Watchdog.run(name, limits.maxTimePerFile(), () -> {
            Format format = detect(input);
            Document document = document(input, format);
            Source source = new Source(name, format, sha256(bytes), document.metadata().pages(), document.metadata().url());
            return ReportExtractor.extract(document, source);
        });
    }

    /** The format-neutral document of a file: what its format's parser read, before any report mapping. */
    public Document document(Path file) throws GongkaiException {
        Input input = new Input(file.toString(), load(file));
        return Watchdog.run(input.name(), limits.maxTimePerFile(), () -> document(input, detect(input)));
    }

    private Format detect(Input input) throws GongkaiException {
        input.checkSize(limits);
        return FormatDetector.detect(input);
    }

    private Document document(Input input, Format format) throws GongkaiException {
        FormatParser parser = parsers.get(format);
        if (parser == null) {
            throw new GongkaiException(GongkaiException.Reason.UNSUPPORTED_FORMAT, input.name(),
                    format + " is not supported yet");
        }
        try {
            return parser.parse(input, limits);
        } catch (RuntimeException e) {
            // A format library failing on a damaged file is the file's problem, not the caller's.
            throw new GongkaiException(GongkaiException.Reason.CORRUPT, input.name(), String.valueOf(e.getMessage()), e);
        }
    }

    /**
     * The file's bytes, refusing what is not a regular file (a FIFO would block, a device never end) and
     * reading no more than the size limit allows even where the size on disk is wrong or changes.
     */
    private byte[] load(Path file) throws GongkaiException {
        try {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            if (!Files.isRegularFile(file)) {
                throw new GongkaiException(GongkaiException.Reason.IO_ERROR, file.toString(), "not a regular file");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(Math.toIntExact(Math.min(limits.maxFileBytes() + 1, Integer.MAX_VALUE - 8)));
            }
            if (bytes.length > limits.maxFileBytes()) {
                throw new GongkaiException(GongkaiException.Reason.TOO_LARGE, file.toString(),
                        "larger than " + limits.maxFileBytes() + " bytes");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new GongkaiException(GongkaiException.Reason.IO_ERROR, file.toString(), "no such file", e);
        } catch (IOException e) {
            throw new GongkaiException(GongkaiException.Reason.IO_ERROR, file.toString(), e.getMessage(), e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Settings for a {@link Gongkai} instance. */
    public static final class Builder {
        private Limits limits = Limits.DEFAULT;

        private Builder() {
        }

        /** The limits that keep huge or hostile files in check; {@link Limits#DEFAULT} unless set. */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** An immutable, thread-safe instance with these settings. */
        public Gongkai build() {
            return new Gongkai(this);
        }
    }
}
