package io.github.gongkai.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Greedy CTC decoding of a line recogniser's output, on probabilities made by hand. */
class CtcTest {
    /** Classes: blank, then 1, 2, 7, 年, then a space. */
    private static final List<String> CHARACTERS = List.of("1", "2", "7", "年", " ");

    private static float[] step(int best, float p, int second, float q) {
        float[] out = new float[CHARACTERS.size() + 1];
        java.util.Arrays.fill(out, (1 - p - q) / (out.length - 2));
        out[best] = p;
        out[second] = q;
        return out;
    }

    @Test
    void repeatsAreMergedAndBlanksDroppedButABlankBetweenTwoEqualCharactersKeepsBoth() {
        float[][] steps = {step(1, 0.99f, 0, 0.005f), step(1, 0.98f, 0, 0.01f), step(0, 0.99f, 1, 0.005f),
            step(1, 0.97f, 0, 0.01f), step(4, 0.95f, 0, 0.02f), step(0, 0.99f, 4, 0.005f)};
        Ctc.Line line = Ctc.decode(steps, CHARACTERS);
        assertEquals("11年", line.text());
        assertEquals(0.95f, line.confidence(), 1e-6);
        assertEquals(List.of(List.of("1"), List.of("1"), List.of("年")), line.choices());
    }

    @Test
    void anUnsureCharacterOffersTheNextMostProbableDigitOnly() {
        float[][] steps = {step(3, 0.55f, 1, 0.40f), step(0, 0.99f, 3, 0.005f), step(2, 0.6f, 4, 0.35f)};
        Ctc.Line line = Ctc.decode(steps, CHARACTERS);
        assertEquals("72", line.text());
        assertEquals(0.55f, line.confidence(), 1e-6);
        // 7 might be 1; 2 might be 年, which is no digit and is not offered.
        assertEquals(List.of(List.of("7", "1"), List.of("2")), line.choices());
    }

    @Test
    void onlyBlanksReadAsNothingForCertain() {
        Ctc.Line line = Ctc.decode(new float[][] {step(0, 0.9f, 1, 0.05f)}, CHARACTERS);
        assertEquals("", line.text());
        assertEquals(1f, line.confidence());
    }
}
