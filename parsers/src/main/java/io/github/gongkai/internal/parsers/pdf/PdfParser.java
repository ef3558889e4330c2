package io.github.gongkai.internal.parsers.pdf;

import io.github.gongkai.Limits;
import io.github.gongkai.OcrMode;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Metadata;
import io.github.gongkai.document.Origin;
import io.github.gongkai.internal.parsers.Deadline;
import io.github.gongkai.internal.parsers.FormatParser;
import io.github.gongkai.internal.parsers.Input;
import io.github.gongkai.internal.parsers.LimitExceeded;
import io.github.gongkai.internal.parsers.Plain;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.GongkaiException.Reason;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.spi.PageRecognizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads PDF files, as Word and WPS export them: paragraphs in reading order without running headers,
 * footers and page numbers, and tables from their ruling lines (or, where lines are missing, from the
 * alignment of their text), a table continued over pages as one table. Each block and cell records its
 * page and box. Each page's content stream is read once, for text and lines together.
 */
public final class PdfParser implements FormatParser {
    /** How far into the file the {@code %PDF-} header is looked for. */
    private static final int HEADER_WINDOW = 1024;

    private final OcrMode ocr;
    /** The text recogniser on the class path, looked up once; absent when the OCR module is not there. */
    private final Optional<PageRecognizer> recognizer;

    /** A parser that recognises pages holding only images when the OCR module is present. */
    public PdfParser() {
        this(OcrMode.AUTO);
    }

    /** A parser that recognises pages as {@code ocr} says, when the OCR module is present. */
    public PdfParser(OcrMode ocr) {
        this.ocr = ocr;
        this.recognizer = ocr == OcrMode.OFF ? Optional.empty() : PageRecognizer.find();
    }

    @Override
    public Format format() {
        return Format.PDF;
    }

    @Override
    public Document parse(Input input, Limits limits) throws GongkaiException {
        input.checkSize(limits);
        if (!hasPdfHeader(input.bytes())) {
            throw new GongkaiException(Reason.UNSUPPORTED_FORMAT, input.name(), "no %PDF- header: not a PDF file");
        }
        Deadline deadline = Deadline.start(input.name(), limits);
        try (PDDocument pdf = load(input)) {
            int pageCount = pdf.getNumberOfPages();
            if (pageCount == 0) {
                throw new GongkaiException(Reason.CORRUPT, input.name(), "it has no pages");
            }
            if (pageCount > limits.maxPages()) {
                throw new GongkaiException(Reason.TOO_LARGE, input.name(),
                        pageCount + " pages, the limit is " + limits.maxPages());
            }
            Recognition recognition = new Recognition(pdf);
            List<PageLayout> pages = readPages(pdf, input.name(), limits, deadline, recognition);
            Metadata metadata = metadata(pdf, pages, input.name(), recognition);
            return recognition.mark(new Document(new DocumentAssembler(input.name(), limits).assemble(pages),
                    metadata));
        } catch (GongkaiException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new GongkaiException(Reason.CORRUPT, input.name(), describe(e), e);
        }
    }

    /** Each page read once and taken apart into tables and lines, while time is left. */
    private List<PageLayout> readPages(PDDocument pdf, String file, Limits limits, Deadline deadline,
                                       Recognition recognition) throws IOException {
        List<PageLayout> pages = new ArrayList<>(pdf.getNumberOfPages());
        int number = 0;
        for (PDPage page : pdf.getPages()) {
            deadline.check();
            if (number == limits.maxPages()) {
                // The page tree holds more pages than its /Count claimed.
                throw new GongkaiException(Reason.TOO_LARGE, file, "more than " + limits.maxPages() + " pages");
            }
            PageContent content = PageCollector.collect(page, ++number);
            PageLayout layout = recognition.wanted(content)
                    ? recognition.read(number - 1, content, limits.maxTableCells())
                    : PageLayout.of(content, limits.maxTableCells());
            if (layout.oversized() > 0) {
                throw LimitExceeded.tableCells("a table on page " + number, limits.maxTableCells()).failure(file);
            }
            pages.add(layout);
        }
        return pages;
    }

    /** What the file says about itself and what reading it met; a file without any text is a scan. */
    private Metadata metadata(PDDocument pdf, List<PageLayout> pages, String file, Recognition recognition)
            throws GongkaiException {
        int glyphs = 0;
        int images = 0;
        int missing = 0;
        String damage = "";
        List<String> warnings = new ArrayList<>();
        for (PageLayout page : pages) {
            PageContent content = page.content();
            glyphs += content.glyphs().size();
            images += content.images();
            missing += content.missingUnicode();
            if (content.glyphs().isEmpty() && content.missingUnicode() == 0 && content.images() > 0) {
                warnings.add("page " + content.page() + " holds only images (a scanned page?)");
            }
            if (!content.problem().isEmpty()) {
                warnings.add("page " + content.page() + " could not be read to its end: " + content.problem());
                damage = damage.isEmpty() ? content.problem() : damage;
            }
        }
        if (glyphs == 0 && missing == 0 && !damage.isEmpty()) {
            throw new GongkaiException(Reason.CORRUPT, file, "no text could be read: " + damage);
        }
        if (glyphs == 0 && missing == 0) {
            throw new GongkaiException(Reason.SCANNED, file, images > 0
                    ? "its " + pages.size() + " page(s) hold only images; " + howToRecognise()
                    : "its pages hold no text");
        }
        Set<Metadata.Trait> traits = EnumSet.noneOf(Metadata.Trait.class);
        if (missing > 0) {
            traits.add(Metadata.Trait.MISSING_UNICODE);
            warnings.add(0, missing + " characters could not be mapped to Unicode (a font without a usable"
                    + " ToUnicode map) and were left out");
        }
        if (recognition.pages() > 0) {
            warnings.add(recognition.pages() + " page(s) read by text recognition (OCR): check low-confidence values");
        }
        return new Metadata(title(pdf), "", "", pages.size(), traits, warnings);
    }

    /** Why a scan was not recognised, and what would make it so. */
    private String howToRecognise() {
        if (ocr == OcrMode.OFF) {
            return "text recognition (OCR) is turned off";
        }
        return recognizer.map(r -> "text recognition (OCR) is not available: " + r.unavailable())
                .orElse("to read it, put the OCR module (gongkai-ocr, bundled with the command line) on the class"
                        + " path and install its model (tesseract-ocr-chi-sim)");
    }

    /** The pages of one file read by recognition, and the confidence of each cell read. */
    private final class Recognition {
        private final ScanReader reader;
        private final List<Origin.Recognized> cells = new ArrayList<>();
        private int pages;

        Recognition(PDDocument pdf) {
            this.reader = recognizer.filter(PageRecognizer::available)
                    .map(r -> new ScanReader(new PDFRenderer(pdf), r)).orElse(null);
        }

        /** Whether a page is to be recognised: it holds only images, or recognition is forced. */
        boolean wanted(PageContent content) {
            if (reader == null) {
                return false;
            }
            return ocr == OcrMode.FORCE || content.glyphs().isEmpty() && content.missingUnicode() == 0
                    && content.images() > 0;
        }

        PageLayout read(int index, PageContent content, int maxCells) throws IOException {
            ScanReader.Read read = reader.read(index, content, maxCells);
            cells.addAll(read.cells());
            pages++;
            return read.layout();
        }

        int pages() {
            return pages;
        }

        /** The document with each recognised cell's origin saying so, with its confidence. */
        Document mark(Document document) {
            return pages == 0 ? document : Recognitions.mark(document, cells);
        }
    }

    private static PDDocument load(Input input) throws GongkaiException {
        try {
            // An empty user password opens files that are encrypted only to restrict printing or copying.
            return Loader.loadPDF(input.bytes(), "");
        } catch (InvalidPasswordException e) {
            throw new GongkaiException(Reason.ENCRYPTED, input.name(), "a password is needed to open it", e);
        } catch (IOException | RuntimeException e) {
            throw new GongkaiException(Reason.CORRUPT, input.name(), describe(e), e);
        }
    }

    /** Whether {@code %PDF-} occurs in the first kilobyte, where readers accept it after leading junk. */
    private static boolean hasPdfHeader(byte[] bytes) {
        byte[] header = {'%', 'P', 'D', 'F', '-'};
        int end = Math.min(bytes.length, HEADER_WINDOW) - header.length;
        for (int i = 0; i <= end; i++) {
            if (Arrays.equals(bytes, i, i + header.length, header, 0, header.length)) {
                return true;
            }
        }
        return false;
    }

    private static String title(PDDocument pdf) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        String title = info == null ? null : info.getTitle();
        return title == null ? "" : title.strip();
    }

    private static String describe(Exception e) {
        return Plain.line(e);
    }
}
