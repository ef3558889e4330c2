package io.github.gongkai.internal.text;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Normalisation holds its promises on random text built from the pieces real reports are made of. */
class NormalizerPropertyTest {
    private static final int CASES = 20_000;

    /** Characters and pieces that trip the steps: brackets, pinyin, spaces, traditional, compatibility forms. */
    private static final String[] PIECES = {
        "(", ")", "（", "）", " ", "  ", "\u3000", "\t", "\n", "\u00A0", "\u200B", "\uFEFF", "\u0000",
        "zhèn", "zheng", "fu", "a", "OA", "e", "ü", "v", "4", "1", "\u0300", "e\u0300",
        "鎮", "镇", "數", "政", "府", "一", "〇", "於", "則", "薴", "乾", "瞭", "然", "規", "章",
        "\u2F00", "\uF900", "\uF907", "①", "⑴", "㈠", "…",
        "“", "”", "‘", "’", "＂", "、", "。", "，", "：", "；", "．", "0", "９", "１", "2022", "年", "件",
        "\uD840\uDC00", "\uD800", "\uDC00", "-", "—", "/", "%", ",", ".", "\"",
    };

    @Test
    void normalizeIsIdempotentAndNeverThrows() {
        Random random = new Random(20221231L);
        for (int n = 0; n < CASES; n++) {
            String raw = randomText(random);
            String once = assertDoesNotThrow(() -> Normalizer.normalize(raw), () -> escape(raw));
            assertEquals(once, Normalizer.normalize(once), () -> "not idempotent for " + escape(raw));
            assertEquals(once.replace(" ", ""), Normalizer.label(raw), () -> escape(raw));
            assertDoesNotThrow(() -> Normalizer.hasPinyinAnnotations(raw), () -> escape(raw));
            assertDoesNotThrow(() -> Numbers.parseCell(raw), () -> escape(raw));
            assertDoesNotThrow(() -> Numbers.parseChineseInteger(raw), () -> escape(raw));
        }
    }

    @Test
    void normalizeIsIdempotentOnArbitraryCharacters() {
        Random random = new Random(7L);
        for (int n = 0; n < CASES; n++) {
            StringBuilder raw = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                raw.append((char) random.nextInt(0x10000));
            }
            String text = raw.toString();
            String once = Normalizer.normalize(text);
            assertEquals(once, Normalizer.normalize(once), () -> "not idempotent for " + escape(text));
        }
    }

    @Test
    void givesTheSameResultsOnManyThreadsAsOnOne() {
        Random random = new Random(42L);
        List<String> texts = IntStream.range(0, 5_000).mapToObj(n -> randomText(random)).toList();
        List<String> parallel = texts.parallelStream().map(Normalizer::normalize).toList();
        assertEquals(texts.stream().map(Normalizer::normalize).toList(), parallel);
    }

    @Test
    void takesLinearTimeOnLongHostileText() {
        String[] hostile = {"鎮(".repeat(50_000), "鎮 (zhen".repeat(20_000), "( ".repeat(50_000),
            "鎮(zhèn)".repeat(20_000), "1 ".repeat(50_000), "二".repeat(100_000)};
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String text : hostile) {
                Normalizer.normalize(text);
                Numbers.parseCell(text);
                Numbers.parseChineseInteger(text);
            }
        });
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(25); i > 0; i--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.append(cp < 0x80 && cp >= 0x20 ? Character.toString(cp)
            : String.format("\\u%04X", cp)));
        return out.toString();
    }
}
