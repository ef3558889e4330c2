package io.github.gongkai.internal.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Similarity is twice the longest common subsequence over the summed lengths, whatever shortcut computes it. */
class LabelsSimilarityTest {

    @Test
    void agreesWithTheTextbookSubsequenceOnRandomLabels() {
        Random random = new Random(20261126);
        String alphabet = "政府信息公开申请予以不处理其他";
        for (int n = 0; n < 5000; n++) {
            String affix = random(random, alphabet, random.nextInt(4));
            String a = affix + random(random, alphabet, random.nextInt(9)) + (n % 3 == 0 ? affix : "");
            String b = affix + random(random, alphabet, random.nextInt(9)) + (n % 2 == 0 ? affix : "");
            double expected = a.isEmpty() || b.isEmpty() ? 0 : 2.0 * textbook(a, b) / (a.length() + b.length());
            assertEquals(expected, Labels.similarity(a, b), 1e-12, a + " / " + b);
        }
    }

    @Test
    void theBoundByLengthsIsNeverBelowTheSimilarity() {
        Random random = new Random(20261208);
        String alphabet = "政府信息公开申请予以";
        for (int n = 0; n < 2000; n++) {
            String a = random(random, alphabet, random.nextInt(12));
            String b = random(random, alphabet, random.nextInt(12));
            assertTrue(Labels.mostSimilar(a, b) >= Labels.similarity(a, b), a + " / " + b);
        }
        assertEquals(0.4, Labels.mostSimilar("予以公开", "属于国家秘密其他法律行政法规禁止"), 1e-12);
        assertEquals(Labels.similarity("予以公开", "予以公开"), Labels.mostSimilar("予以公开", "予以公开"));
        assertEquals(0.0, Labels.mostSimilar("", "予以公开"));
    }

    @Test
    void identicalLabelsAreFullySimilar() {
        assertEquals(1.0, Labels.similarity("予以公开", "予以公开"));
        assertEquals(0.0, Labels.similarity("", "予以公开"));
    }

    private static String random(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static int textbook(String a, String b) {
        int[][] lengths = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                lengths[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? lengths[i - 1][j - 1] + 1
                        : Math.max(lengths[i - 1][j], lengths[i][j - 1]);
            }
        }
        return lengths[a.length()][b.length()];
    }
}
