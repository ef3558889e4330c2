package io.github.gongkai.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.model.Language;
import io.github.gongkai.model.Report;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page as written, before any browser: escaped, self-contained, every cell and finding present. */
class ReportViewTest {

    @Test
    void escapesEveryTextOfTheReport() {
        String page = Fixtures.view(Fixtures.hostile(), Fixtures.SEED, Language.EN);
        assertEquals(1, count(page, "<script>"), "only the page's own script");
        assertFalse(page.contains("<img src=x"), "markup from the report");
        assertFalse(page.contains("<svg onload"), "markup from the report");
        assertTrue(page.contains("&lt;script&gt;document.title=&#39;pwned&#39;"), "the report's text, shown as text");
    }

    @Test
    void loadsNothingFromOutside() {
        String page = Fixtures.view(Fixtures.read(Fixtures.PDF), Fixtures.PDF, Language.ZH);
        assertTrue(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;"));
        Matcher addresses = Pattern.compile("(?:src|href)=\"(?!data:)([^\"]*)\"").matcher(page);
        assertFalse(addresses.find(), () -> "an address outside the page: " + addresses.group(1));
        assertTrue(page.contains("<img id=\"page-"), "the PDF's page pictures");
    }

    @Test
    void everyValueHasItsCellAndEveryAnomalyItsEntry() {
        Report report = Fixtures.read(Fixtures.COLUMN_TOTAL_BROKEN);
        String page = Fixtures.view(report, Fixtures.COLUMN_TOTAL_BROKEN, Language.ZH);
        for (Cells.Cell cell : new Cells(report).all()) {
            assertTrue(page.contains("id=\"" + cell.id() + "\""), cell.id());
        }
        assertEquals(report.anomalies().size(), count(page, "<li tabindex=\"0\" class=\"anomaly"));
        assertTrue(page.contains("class=\"v m-failing\""), "the failing column is coloured");
        assertTrue(page.contains("三、本年度办理结果") && page.contains("(三)不予公开") && page.contains("法人或其他组织"),
                "the template's labels");
    }

    @Test
    void aColumnTotalFindingCoversTheOutcomeRowsOfItsColumn() {
        Report report = Fixtures.read(Fixtures.COLUMN_TOTAL_BROKEN);
        Findings findings = new Findings(report, new Cells(report));
        int index = report.anomalies().stream().map(a -> a.code().name()).toList().indexOf("APPLICATIONS_COLUMN_TOTAL");
        var cells = findings.ofAnomaly(index);
        String column = report.anomalies().get(index).location().column();
        assertTrue(cells.contains(Cells.id("applications", "granted", column)));
        assertTrue(cells.contains(Cells.id("applications", "totalProcessed", column)));
        assertFalse(cells.contains(Cells.id("applications", "newlyReceived", column)), "not an outcome row");
    }

    @Test
    void aReconstructedValueHasItsBorder() {
        var file = Fixtures.TESTDATA.resolve("glued/county-2023-crawler-cells-glued.txt");
        String page = Fixtures.view(Fixtures.read(file), file, Language.ZH);
        assertTrue(page.contains(" m-reconstructed\" data-state="), "a reconstructed cell");
        assertTrue(page.contains("<span class=\"key m-reconstructed\">由粘连数字还原</span>"), "in the legend");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
