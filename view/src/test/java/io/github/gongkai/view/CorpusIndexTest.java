package io.github.gongkai.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.model.Language;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The corpus index as written: one row per report, its codes for the filters, its names escaped. */
class CorpusIndexTest {

    @Test
    void writesOneEscapedRowPerReportWithItsCodes() throws IOException {
        String hostile = "<img src=x onerror=alert(1)>.txt";
        List<CorpusIndex.Entry> entries = List.of(
                new CorpusIndex.Entry(hostile, "view/x.html", Fixtures.read(Fixtures.COLUMN_TOTAL_BROKEN), ""),
                new CorpusIndex.Entry("seed.txt", "view/seed.txt.html", Fixtures.read(Fixtures.SEED), "\"><b>"));
        StringWriter out = new StringWriter();
        CorpusIndex.write(entries, Language.ZH, out);
        String page = out.toString();
        assertEquals(2, page.split("<tr data-codes=").length - 1);
        assertTrue(page.contains("data-codes=\"APPLICATIONS_COLUMN_TOTAL"), "the codes the filter reads");
        assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;.txt"));
        assertFalse(page.contains("<img") || page.contains("<b>"), "names are text");
        assertTrue(page.contains("<svg id=\"chart-years\"") && page.contains("<svg id=\"chart-codes\""));
    }
}
