package io.github.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.GongkaiException.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each hostile file of {@code testdata/hostile/}, and the large ones built here, fails through the facade
 * with its documented reason, well within its time limit (the table in {@code docs/limits.md}).
 */
class HostileFilesTest {
    /** Far above what any of these takes, far below what a hang would take. */
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final Path HOSTILE = Fixtures.ROOT.resolve("hostile");

    @Test
    void aZipBombIsTooLarge() {
        assertEquals(Reason.TOO_LARGE, reason("zip-bomb.docx"));
    }

    @Test
    void anExternalEntityIsNeverResolved() throws Exception {
        GongkaiException e = failure(Files.readAllBytes(HOSTILE.resolve("external-entity.docx")), "external-entity.docx",
                Limits.DEFAULT);
        assertEquals(Reason.CORRUPT, e.reason());
        assertFalse(e.getMessage().contains("root:"), "the entity's target must not be read");
    }

    @Test
    void nestedEntitiesAreNeverExpanded() {
        assertEquals(Reason.CORRUPT, reason("billion-laughs.docx"));
    }

    /** PDFBox walks the tree once, skipping the node that leads back to the root, and reads the real page. */
    @Test
    void aCyclicPageTreeIsWalkedOnce() {
        assertEquals(Reason.NO_REPORT, reason("cyclic-page-tree.pdf"));
    }

    @Test
    void aPdfClaimingABillionPagesIsTooLarge() {
        assertEquals(Reason.TOO_LARGE, reason("billion-pages.pdf"));
    }

    @Test
    void aPageTreeHoldingMorePagesThanItsCountIsStoppedAtThePageLimit() throws Exception {
        byte[] pdf = Files.readAllBytes(HOSTILE.resolve("understated-page-count.pdf"));
        assertEquals(Reason.TOO_LARGE, failure(pdf, "understated.pdf", Limits.DEFAULT.withMaxPages(2)).reason());
    }

    @Test
    void aPackageInflatingPastTheBudgetIsTooLarge() throws Exception {
        byte[] docx = Files.readAllBytes(Fixtures.ROOT.resolve("docx/county-2023-auto-numbered.docx"));
        assertEquals(Reason.TOO_LARGE, failure(docx, "county.docx", Limits.DEFAULT.withMaxExpandedBytes(10_000)).reason());
    }

    @Test
    void aFolderIsNoFileToRead(@TempDir Path dir) {
        GongkaiException e = assertThrows(GongkaiException.class, () -> Gongkai.parse(dir));
        assertEquals(Reason.IO_ERROR, e.reason());
    }

    @Test
    void anErrorPageSavedAsPdfHoldsNoReport() {
        assertEquals(Reason.NO_REPORT, reason("error-page-saved-as.pdf"));
    }

    @Test
    void aPageNested100000LevelsDeepIsTooLarge() {
        String page = "<html><body>" + "<div>".repeat(100_000) + "一、总体情况" + "</div>".repeat(100_000) + "</body></html>";
        assertEquals(Reason.TOO_LARGE, failure(utf8(page), "deep.html", Limits.DEFAULT).reason());
    }

    @Test
    void aWebTableOf100000RowsIsTooLarge() {
        StringBuilder page = new StringBuilder("<html><body><p>一、总体情况</p><table>");
        for (int i = 0; i < 100_000; i++) {
            page.append("<tr><td>").append(i).append("</td><td>1</td></tr>");
        }
        page.append("</table></body></html>");
        assertEquals(Reason.TOO_LARGE, failure(utf8(page.toString()), "rows.html", Limits.DEFAULT).reason());
    }

    @Test
    void aTextTableOf100000RowsIsTooLarge() {
        StringBuilder text = new StringBuilder("一、总体情况\n");
        for (int i = 0; i < 100_000; i++) {
            text.append("第").append(i).append("项 | 1 | 2 |\n");
        }
        assertEquals(Reason.TOO_LARGE, failure(utf8(text.toString()), "rows.txt", Limits.DEFAULT).reason());
    }

    @Test
    void aTruncatedDownloadIsCorrupt() throws Exception {
        byte[] pdf = Files.readAllBytes(Fixtures.ROOT.resolve("pdf/county-2023-lattice.pdf"));
        assertEquals(Reason.CORRUPT, failure(Arrays.copyOf(pdf, pdf.length / 3), "truncated.pdf", Limits.DEFAULT).reason());
    }

    @Test
    void aFileOverTheTimeLimitTimesOut() throws Exception {
        byte[] pdf = Files.readAllBytes(Fixtures.ROOT.resolve("pdf/district-2022-table-b-across-pages.pdf"));
        Limits hurried = Limits.DEFAULT.withMaxTimePerFile(Duration.ofMillis(1));
        assertEquals(Reason.TIMED_OUT, failure(pdf, "slow.pdf", hurried).reason());
    }

    /**
     * PDFBox inflates the page's 256 MB without ever reaching a deadline check; the facade stops waiting at
     * the limit and the abandoned worker finishes the page, then stops at its next check.
     */
    @Test
    void aLibraryBusyPastTheTimeLimitIsLeftBehind() throws Exception {
        byte[] pdf = Files.readAllBytes(HOSTILE.resolve("stream-bomb.pdf"));
        Gongkai hurried = Gongkai.builder().limits(Limits.DEFAULT.withMaxTimePerFile(Duration.ofMillis(200))).build();
        GongkaiException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(GongkaiException.class, () -> hurried.read(pdf, "stream-bomb.pdf")));
        assertEquals(Reason.TIMED_OUT, e.reason());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeReading() throws Exception {
        byte[] pdf = Files.readAllBytes(Fixtures.ROOT.resolve("pdf/county-2023-lattice.pdf"));
        assertEquals(Reason.TOO_LARGE, failure(pdf, "big.pdf", Limits.DEFAULT.withMaxFileBytes(1024)).reason());
    }

    private static Reason reason(String fixture) {
        try {
            return failure(Files.readAllBytes(HOSTILE.resolve(fixture)), fixture, Limits.DEFAULT).reason();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GongkaiException failure(byte[] bytes, String name, Limits limits) {
        Gongkai gongkai = Gongkai.builder().limits(limits).build();
        return assertTimeoutPreemptively(BOUND,
                () -> assertThrows(GongkaiException.class, () -> gongkai.read(bytes, name)), name);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
