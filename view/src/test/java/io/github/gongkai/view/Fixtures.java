package io.github.gongkai.view;

import io.github.gongkai.Gongkai;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.Language;
import io.github.gongkai.model.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The reports the view's tests show, read from the test data as a user's run would read them. */
final class Fixtures {
    static final Path TESTDATA = Path.of(System.getProperty("gongkai.testdata", "../testdata"));
    static final Path SEED = TESTDATA.resolve("seed/000_a52c36ee9163b5ed.txt");
    static final Path COLUMN_TOTAL_BROKEN = TESTDATA.resolve("text/broken/applications-column-total-broken.txt");
    static final Path NEGATIVE_COUNT = TESTDATA.resolve("text/broken/negative-count-licensing.txt");
    static final Path PDF = TESTDATA.resolve("pdf/county-2023-lattice.pdf");
    static final Path HTML = TESTDATA.resolve("html/cms-export-county-2023.html");

    /** A script that would set a mark on the page if it ran: in markup, in an attribute, in an address. */
    static final String HOSTILE = "<script>document.title='pwned';window.pwned=1</script>"
            + "\"><img src=x onerror=\"window.pwned=2\">'><svg onload=window.pwned=3>";

    private static final Gongkai GONGKAI = Gongkai.builder().provenance(true).build();

    private Fixtures() {
    }

    static Report read(Path file) {
        try {
            return GONGKAI.read(file);
        } catch (GongkaiException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    /** The seed report with hostile markup in its first section's text and in a table cell. */
    static Report hostile() {
        try {
            String seed = Files.readString(SEED, StandardCharsets.UTF_8);
            String text = seed.replace("石子鎮(zhèn)深入貫徹", HOSTILE + "石子鎮(zhèn)深入貫徹")
                    .replace("行政強制 | 0 |", "行政強制 | " + HOSTILE + " |");
            return GONGKAI.read(text.getBytes(StandardCharsets.UTF_8), "hostile.txt");
        } catch (GongkaiException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String view(Report report, Path source, Language language) {
        StringWriter out = new StringWriter();
        try {
            ReportView.write(report, source, language, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
