package io.github.gongkai.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Normalisation of text a PDF extractor produced from a real report (../shared/corpus, when present). */
@DisplayName("NormalizerCorpusTest (a published report: skipped where it is absent)")
class NormalizerCorpusTest {

    private static List<String> lines(String file) throws IOException {
        Path path = Path.of(System.getProperty("gongkai.testdata", "testdata"))
            .resolve("../../shared/corpus").resolve(file).toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(path), "skipped: needs a published report, which the repository does not hold: " + path);
        return Files.readAllLines(path, StandardCharsets.UTF_8);
    }

    @Test
    void normalisesExtractedTableTextOfARealReport() throws IOException {
        List<String> raw = lines("govnianbao/section3_raw_text.txt");
        List<String> normal = raw.stream().map(Normalizer::normalize).toList();
        for (String line : normal) {
            assertEquals(line, Normalizer.normalize(line));
            assertFalse(line.contains("  ") || line.startsWith(" ") || line.endsWith(" "), line);
        }
        assertTrue(normal.contains("信息内容本年收费金额(单位:万元)"), normal::toString);
        assertTrue(normal.stream().anyMatch(line -> line.startsWith("(本列数据的勾稽关系为:第一项加第二项之和,")),
            normal::toString);
        assertTrue(normal.stream().anyMatch(line -> line.startsWith("第二十条第(八)项")), normal::toString);
        assertTrue(raw.stream().noneMatch(Normalizer::hasPinyinAnnotations));
    }
}
