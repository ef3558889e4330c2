package io.github.gongkai;

import io.github.gongkai.document.Document;
import io.github.gongkai.internal.check.CorpusChecker;
import io.github.gongkai.internal.parsers.FormatDetector;
import io.github.gongkai.internal.parsers.FormatParser;
import io.github.gongkai.internal.parsers.Input;
import io.github.gongkai.internal.parsers.LimitExceeded;
import io.github.gongkai.internal.parsers.Plain;
import io.github.gongkai.internal.parsers.html.HtmlParser;
import io.github.gongkai.internal.parsers.pdf.PdfParser;
import io.github.gongkai.internal.parsers.text.TextParser;
import io.github.gongkai.internal.parsers.word.DocParser;
import io.github.gongkai.internal.parsers.word.DocxParser;
import io.github.gongkai.internal.pipeline.Pipeline;
import io.github.gongkai.internal.text.DocumentNormalizer;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.Language;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.Source;
import io.github.gongkai.model.Template;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads government information disclosure annual reports (政府信息公开工作年度报告) into a typed, checked
 * {@link Report}. The format is detected from the content: PDF, HTML, DOCX, DOC or plain text.
 *
 * <pre>{@code
 * Report report = Gongkai.parse(Path.of("report.pdf"));
 * report.applications().ifPresent(b -> b.get(RowKey.NEWLY_RECEIVED, Applicant.TOTAL).number()); // e.g. 82
 * }</pre>
 *
 * An instance is immutable and thread-safe: configure one with {@link #builder()} and share it between
 * threads. The static {@code parse} methods use an instance with the default settings.
 *
 * <p>Every file that cannot be read fails with a {@link GongkaiException} whose {@link
 * GongkaiException.Reason} says why, never with another exception: the {@link Limits} bound its size and
 * the time spent on it, and running out of memory or stack on one file fails that file as
 * {@link GongkaiException.Reason#TOO_LARGE}. Each file is read on a worker thread of its own, so that
 * {@link Limits#maxTimePerFile()} holds even where a format library does not stop in time.
 *
 * <p>Logs through the SLF4J API only, at debug level (what each file was read as, and how long it took)
 * and at warn level when a worker had to be abandoned; the application chooses the binding.
 */
public final class Gongkai {
    private static final Logger LOG = LoggerFactory.getLogger(Gongkai.class);

    private final Limits limits;
    private final Language language;
    private final boolean provenance;
    private final Set<AnomalyCode> checks;
    private final Map<Format, FormatParser> parsers;

    private Gongkai(Builder builder) {
        this.limits = builder.limits;
        this.language = builder.language;
        this.provenance = builder.provenance;
        this.checks = Set.copyOf(builder.checks);
        this.parsers = new EnumMap<>(Format.class);
        register(new TextParser());
        register(new HtmlParser());
        register(new PdfParser(builder.ocr));
        register(new DocxParser());
        register(new DocParser());
    }

    private void register(FormatParser parser) {
        parsers.put(parser.format(), parser);
    }

    /**
     * Reads a report file with the default settings.
     *
     * @return the report with its anomalies and check outcomes
     * @throws GongkaiException when the file cannot be read or holds no report, with the reason
     */
    public static Report parse(Path file) throws GongkaiException {
        return Default.INSTANCE.read(file);
    }

    /**
     * Reads a report from a stream with the default settings; the stream is read to its end but not closed.
     *
     * @param name names the report in messages and in {@link Source#file()}, such as its address
     * @return the report with its anomalies and check outcomes
     * @throws GongkaiException when the stream cannot be read or holds no report, with the reason
     */
    public static Report parse(InputStream in, String name) throws GongkaiException {
        return Default.INSTANCE.read(in, name);
    }

    /**
     * Reads a report from bytes with the default settings.
     *
     * @param name names the report in messages and in {@link Source#file()}, such as its address
     * @return the report with its anomalies and check outcomes
     * @throws GongkaiException when the bytes hold no readable report, with the reason
     */
    public static Report parse(byte[] bytes, String name) throws GongkaiException {
        return Default.INSTANCE.read(bytes, name);
    }

    /** The instance of the static methods, built at their first use: an application with its own needs none. */
    private static final class Default {
        static final Gongkai INSTANCE = builder().build();
    }

    /** A builder for an instance with its own settings, starting from the defaults. */
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

    /**
     * Reads a report from a stream, which is read to its end but not closed.
     *
     * @param name names the report in messages and in {@link Source#file()}, such as its address
     * @return the report with its anomalies and check outcomes
     * @throws GongkaiException when the stream cannot be read or holds no report, with the reason
     */
    public Report read(InputStream in, String name) throws GongkaiException {
        try {
            return read(Input.readWithin(in, limits, "the file"), name);
        } catch (LimitExceeded e) {
            throw e.failure(name);
        } catch (IOException e) {
            throw new GongkaiException(GongkaiException.Reason.IO_ERROR, name, Plain.io(e), e);
        }
    }

    /**
     * Reads a report from bytes, which are not modified.
     *
     * @param name names the report in messages and in {@link Source#file()}, such as its address
     * @return the report with its anomalies and check outcomes
     * @throws GongkaiException when the bytes hold no readable report, with the reason
     */
    public Report read(byte[] bytes, String name) throws GongkaiException {
        long start = System.nanoTime();
        Input input = new Input(name, bytes);
        Report report = Watchdog.run(name, limits.maxTimePerFile(), () -> {
            Format format = detect(input);
            Document document = document(input, format);
            return Pipeline.run(document, source(input, format, document), checks);
        });
        if (LOG.isDebugEnabled()) {
            LOG.debug("{}: {} read in {} ms: template {}, {} anomalies, {} input warnings", name,
                    report.source().format(), (System.nanoTime() - start) / 1_000_000,
                    report.info().template().map(Template::key).orElse("none"), report.anomalies().size(),
                    report.source().warnings().size());
        }
        return report;
    }

    /**
     * Reads a report file as {@link #read(Path)} does, timing each stage of the pipeline: for benchmarks.
     *
     * @return the report with the time each stage took
     * @throws GongkaiException when the file cannot be read or holds no report, with the reason
     */
    public TimedReport readTimed(Path file) throws GongkaiException {
        long start = System.nanoTime();
        Input input = new Input(file.toString(), load(file));
        return Watchdog.run(input.name(), limits.maxTimePerFile(), () -> {
            Format format = detect(input);
            Document document = document(input, format);
            Source source = source(input, format, document);
            Duration read = Duration.ofNanos(System.nanoTime() - start);
            Pipeline.Run run = Pipeline.timed(document, source, checks);
            return new TimedReport(run.report(), read, Duration.ofNanos(run.normalise()),
                    Duration.ofNanos(run.locate()), Duration.ofNanos(run.map()), Duration.ofNanos(run.check()));
        });
    }

    /**
     * Checks reports read together, such as one scrape of many bodies over several years: this year's
     * 上年结转 against last year's 结转下年度继续办理 for the same body, tables copied unchanged from last
     * year, and aggregated reports against the sum of their units'. Looks only for the anomalies this
     * instance checks.
     *
     * @param reports reports in any order
     * @return the same reports in the same order, each with the anomalies and check outcomes that concern it
     *         added
     */
    public List<Report> crossCheck(List<Report> reports) {
        return CorpusChecker.check(reports, checks);
    }

    /**
     * A report as the JSON of the contract, in this instance's language and with source positions where it
     * keeps provenance.
     *
     * @return a pretty-printed JSON object with {@code schemaVersion}, {@code source}, {@code report},
     *         {@code sections}, the tables the report has, {@code anomalies} and {@code checks}
     */
    public String json(Report report) {
        return ReportJson.write(report, provenance, language);
    }

    /**
     * The format-neutral document of a file: what its format's parser read, before any report mapping.
     *
     * @return its paragraphs and tables in reading order, with where each came from
     * @throws GongkaiException when the file cannot be read, with the reason
     */
    public Document document(Path file) throws GongkaiException {
        Input input = new Input(file.toString(), load(file));
        return Watchdog.run(input.name(), limits.maxTimePerFile(), () -> document(input, detect(input)));
    }

    /**
     * A document with every paragraph and cell text in the normal form the report mapping reads: pinyin
     * annotations stripped, traditional characters simplified, full-width and compatibility forms folded,
     * spaces inside Chinese words removed. Blocks, spans and origins are kept.
     *
     * @param document a document, such as {@link #document(Path)} returns
     * @return the same document, normalised
     */
    public static Document normalize(Document document) {
        return DocumentNormalizer.normalize(document);
    }

    private static Source source(Input input, Format format, Document document) {
        return new Source(input.name(), format, sha256(input.bytes()), document.metadata().pages(),
                document.metadata().url(), document.metadata().warnings());
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
            throw new GongkaiException(GongkaiException.Reason.CORRUPT, input.name(), Plain.line(e), e);
        }
    }

    /**
     * The file's bytes, refusing what is not a regular file (a FIFO would block, a device never end) and
     * reading no more than the size limit allows even where the size on disk is wrong or changes.
     */
    private byte[] load(Path file) throws GongkaiException {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new GongkaiException(GongkaiException.Reason.IO_ERROR, name, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new GongkaiException(GongkaiException.Reason.IO_ERROR, name, "not a regular file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Input.readWithin(in, limits, "the file");
        } catch (LimitExceeded e) {
            throw e.failure(name);
        } catch (IOException e) {
            throw new GongkaiException(GongkaiException.Reason.IO_ERROR, name, Plain.io(e), e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Settings for a {@link Gongkai} instance. Not thread-safe; the instance it builds is. */
    public static final class Builder {
        private Limits limits = Limits.DEFAULT;
        private Language language = Language.EN;
        private boolean provenance;
        private Set<AnomalyCode> checks = EnumSet.allOf(AnomalyCode.class);
        private OcrMode ocr = OcrMode.AUTO;

        private Builder() {
        }

        /** The limits that keep huge or hostile files in check; {@link Limits#DEFAULT} unless set. */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * The language of the anomaly messages {@link #json(Report)} writes; English unless set. The model
         * keeps both: {@link io.github.gongkai.model.Message#in(Language)}.
         */
        public Builder language(Language language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * Whether {@link #json(Report)} writes where every value, anomaly and check came from in the file
         * (page and box, line, or table cell); off unless set. The model always keeps it:
         * {@link io.github.gongkai.model.Value#origin()}.
         */
        public Builder provenance(boolean provenance) {
            this.provenance = provenance;
            return this;
        }

        /**
         * The anomalies to look for; all of them unless set. Findings of other codes are not reported, and
         * neither are the outcomes of identities whose failure would raise them: with only
         * {@link AnomalyCode#APPLICATIONS_BALANCE}, a report has the balance checks of table B and nothing
         * else. An empty set reads reports without checking them.
         */
        public Builder checks(Set<AnomalyCode> codes) {
            this.checks = Set.copyOf(Objects.requireNonNull(codes, "codes"));
            return this;
        }

        /**
         * When PDF pages are read by text recognition (OCR); {@link OcrMode#AUTO} unless set: pages holding
         * only images are recognised where the module {@code gongkai-ocr} and its model are present.
         */
        public Builder ocr(OcrMode mode) {
            this.ocr = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** An immutable, thread-safe instance with these settings. */
        public Gongkai build() {
            return new Gongkai(this);
        }
    }
}
