package io.github.gongkai.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy decoding of a CTC recogniser's output (PP-OCR): the most probable class at each step, repeats merged,
 * blanks (class 0) dropped. Class {@code i} is {@code characters.get(i - 1)}.
 */
final class Ctc {
    /** A character read with less probability than this offers the next-best digit at its step. */
    static final float UNSURE = 0.9f;

    private Ctc() {
    }

    /**
     * A line as read.
     *
     * @param text       the characters
     * @param confidence the probability of the least sure character; 1 where none was read
     * @param choices    for each character of {@code text}, itself and the digit next most probable where unsure
     */
    record Line(String text, float confidence, List<List<String>> choices) {
    }

    /** Decodes the probabilities of each step (rows) over the classes (columns). */
    static Line decode(float[][] steps, List<String> characters) {
        StringBuilder text = new StringBuilder();
        float confidence = 1;
        List<List<String>> choices = new ArrayList<>();
        int previous = 0;
        for (float[] p : steps) {
            int best = 0;
            int second = -1;
            for (int k = 1; k < p.length; k++) {
                if (p[k] > p[best]) {
                    second = best;
                    best = k;
                } else if (second < 0 || p[k] > p[second]) {
                    second = k;
                }
            }
            if (best != 0 && best != previous) {
                String c = characters.get(best - 1);
                text.append(c);
                confidence = Math.min(confidence, p[best]);
                List<String> here = new ArrayList<>(List.of(c));
                if (p[best] < UNSURE && second > 0) {
                    String other = characters.get(second - 1);
                    if (!other.equals(c) && other.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                        here.add(other);
                    }
                }
                choices.add(here);
            }
            previous = best;
        }
        return new Line(text.toString(), confidence, choices);
    }
}
