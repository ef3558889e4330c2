package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai view}, and the index and views {@code gongkai dataset} writes beside the dataset. */
class ViewCommandTest {
    private static final Path SEED = TestCorpus.TESTDATA.resolve("seed/000_a52c36ee9163b5ed.txt");
    private static final Path PDF = TestCorpus.TESTDATA.resolve("pdf/county-2023-lattice.pdf");
    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]*)\">");

    @TempDir
    Path temp;

    @Test
    void writesOnePageToAFileOrToStandardOutput() throws IOException {
        Path page = temp.resolve("out/seed.html");
        Files.createDirectories(page.getParent());
        TestCorpus.Run toFile = TestCorpus.run("view", SEED.toString(), "-o", page.toString(), "--lang", "en");
        assertEquals(ExitCodes.OK, toFile.exit(), toFile.err());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("Content-Security-Policy"), html.substring(0, 200));
        assertTrue(html.contains("Table B · applications received and handled"), "in English");
        TestCorpus.Run toOut = TestCorpus.run("view", SEED.toString(), "--lang", "zh");
        assertEquals(ExitCodes.OK, toOut.exit(), toOut.err());
        assertTrue(toOut.out().contains("表二 · 收到和处理政府信息公开申请情况"), "in Chinese");
    }

    @Test
    void anUnreadableFileIsToldInOneLine() {
        TestCorpus.Run run = TestCorpus.run("view", temp.resolve("missing.pdf").toString());
        assertEquals(ExitCodes.UNREADABLE, run.exit());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void theDatasetIndexLinksEveryReportToItsView() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus/sub"));
        Files.copy(SEED, corpus.resolve("seed #1 50%.txt"));
        Files.copy(PDF, corpus.resolve("county.pdf"));
        Path out = temp.resolve("dataset");
        TestCorpus.Run run = TestCorpus.run("dataset", temp.resolve("corpus").toString(), "-o", out.toString(), "--quiet");
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        List<String> links = new ArrayList<>();
        Matcher link = LINK.matcher(index);
        while (link.find()) {
            links.add(link.group(1));
        }
        assertEquals(List.of("view/sub/county.pdf.html", "view/sub/seed%20%231%2050%25.txt.html"), links);
        for (String address : links) {
            Path view = Path.of(out.toUri().resolve(URI.create(address)));
            assertTrue(Files.isRegularFile(view), address);
        }
        assertTrue(Files.readString(out.resolve("view/sub/county.pdf.html"), StandardCharsets.UTF_8)
                .contains("data:image/png;base64,"), "the PDF's view has its pictures");
    }
}
