package io.github.gongkai.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.model.Language;
import io.github.gongkai.model.Report;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * What a person sees when the pages are opened from disk in headless Chromium: the failing cells coloured,
 * an anomaly's cells highlighted when it is selected, the evidence picture loaded, the index filtered, and a
 * report's {@code <script>} not run. One browser serves every test; screenshots go to {@code target/screenshots}.
 */
@DisplayName("BrowserTest (skipped where chromium and chromedriver are not installed)")
class BrowserTest {
    private static final Path OUT = Path.of("target", "browser");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static WebDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws IOException {
        Optional<Path> chromium = executable("chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver = executable("chromedriver");
        Assumptions.assumeTrue(chromium.isPresent() && driver.isPresent(),
                "no browser: install chromium and chromium-driver (Debian) to run the browser test");
        Files.createDirectories(OUT);
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000",
                "--user-data-dir=" + (profile = Files.createTempDirectory("gongkai-chromium")).toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    @Test
    void failingCellsAreColouredAndAnAnomalyHighlightsItsCells() throws IOException {
        open(page("broken", Fixtures.COLUMN_TOTAL_BROKEN, Language.ZH));
        WebElement failing = browser.findElement(By.cssSelector("td.m-failing"));
        WebElement read = browser.findElement(By.cssSelector("td.m-read"));
        assertEquals("rgba(244, 166, 166, 1)", failing.getCssValue("background-color"), "the failing colour");
        assertNotEquals(failing.getCssValue("background-color"), read.getCssValue("background-color"));

        WebElement anomaly = browser.findElement(By.cssSelector("li.anomaly.sev-error"));
        anomaly.click();
        List<WebElement> highlighted = browser.findElements(By.cssSelector("td.hl"));
        assertEquals(anomaly.getAttribute("data-cells").split(" ").length, highlighted.size());
        assertTrue(highlighted.size() > 1, "the identity's cells");
        assertEquals("3px", highlighted.get(0).getCssValue("outline-width"), "drawn round");
        assertTrue(browser.findElement(By.id("f-raw")).isDisplayed(), "the selected cell's text is shown");
        screenshot("broken");
    }

    @Test
    void theEvidencePictureOfAPdfCellLoads() throws IOException {
        open(page("pdf", Fixtures.PDF, Language.ZH));
        WebElement cell = browser.findElement(By.cssSelector("td.v[data-page]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", cell);
        cell.click();
        WebElement picture = browser.findElement(By.id("evidence-img"));
        assertTrue(picture.isDisplayed(), "the evidence is shown");
        Number width = (Number) ((JavascriptExecutor) browser).executeScript(
                "var i = arguments[0]; return i.complete ? i.naturalWidth : -1;", picture);
        assertTrue(width.intValue() > 0, "the picture loaded: " + width);
        assertTrue(browser.findElement(By.id("f-origin")).getText().startsWith("page "));
        screenshot("pdf");
    }

    @Test
    void theSeedShowsItsTablesAndSections() throws IOException {
        open(page("seed", Fixtures.SEED, Language.ZH));
        assertEquals(3, browser.findElements(By.cssSelector("table.t")).size());
        WebElement cell = browser.findElement(By.cssSelector("td.v"));
        cell.click();
        assertTrue(!browser.findElement(By.id("f-origin")).getText().isEmpty(), "a line of the text");
        screenshot("seed");
    }

    @Test
    void aReportsScriptRunsNothing() throws IOException {
        Report hostile = Fixtures.hostile();
        Path file = OUT.resolve("hostile.html");
        write(file, out -> ReportView.write(hostile, Fixtures.SEED, Language.EN, out));
        open(file);
        browser.findElements(By.cssSelector("td.v")).forEach(td -> {
            if (td.isDisplayed()) {
                td.click();
            }
        });
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertNull(js.executeScript("return window.pwned === undefined ? null : window.pwned"));
        assertNotEquals("pwned", browser.getTitle());
        assertTrue(browser.getPageSource().contains("window.pwned=1"), "the text is shown");
        assertTrue(browser.findElements(By.cssSelector("main img, main svg")).isEmpty(), "no element from the report");
    }

    @Test
    void theIndexFiltersByCodeAndSeverity() throws IOException {
        List<CorpusIndex.Entry> entries = Stream.of(Fixtures.SEED, Fixtures.COLUMN_TOTAL_BROKEN, Fixtures.NEGATIVE_COUNT,
                Fixtures.PDF).map(file -> new CorpusIndex.Entry(file.getFileName().toString(),
                "view/" + file.getFileName() + ".html", Fixtures.read(file), "")).toList();
        Path file = OUT.resolve("index.html");
        write(file, out -> CorpusIndex.write(entries, Language.EN, out));
        open(file);
        assertEquals(4, visibleRows());
        new Select(browser.findElement(By.id("code"))).selectByVisibleText("APPLICATIONS_COLUMN_TOTAL");
        assertEquals(1, visibleRows());
        new Select(browser.findElement(By.id("code"))).selectByIndex(0);
        new Select(browser.findElement(By.id("severity"))).selectByValue("warning");
        long warned = entries.stream().filter(e -> e.report().anomalies().stream()
                .anyMatch(a -> a.severity().key().equals("warning"))).count();
        assertEquals(warned, visibleRows());
        assertTrue(browser.findElement(By.id("chart-codes")).findElements(By.tagName("rect")).size() > 0);
        screenshot("index");
    }

    private static long visibleRows() {
        return browser.findElements(By.cssSelector("#reports tbody tr")).stream().filter(WebElement::isDisplayed).count();
    }

    private static Path page(String name, Path source, Language language) throws IOException {
        Report report = Fixtures.read(source);
        Path file = OUT.resolve(name + ".html");
        write(file, out -> ReportView.write(report, source, language, out));
        return file;
    }

    private interface Content {
        void write(Writer out) throws IOException;
    }

    private static void write(Path file, Content content) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            content.write(out);
        }
    }

    private static void open(Path file) {
        browser.get(file.toAbsolutePath().toUri().toString());
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Optional<Path> executable(String... names) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : names) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
