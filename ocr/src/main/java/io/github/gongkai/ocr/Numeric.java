package io.github.gongkai.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a recognised cell's text says about being a number, and the readings its unsure digits allow. */
final class Numeric {
    /**
     * Digits, separators and what a Chinese model reads digits as when unsure ({@code O}, {@code l},
     * {@code |}, {@code 。}), at least one digit among them.
     */
    private static final Pattern NUMERIC = Pattern.compile("(?=.*[0-9０-９])[0-9０-９.,，。·\\-—OoDlI|!SsBZz ]+");

    private Numeric() {
    }

    /** Separators the digits-only reading may leave at either end of a number, where none belongs. */
    private static final Pattern LOOSE_ENDS = Pattern.compile("^[.,]+|[.,-]+$");
    /** A line break inside a cell, and the space around it. */
    private static final Pattern BREAK = Pattern.compile("\\s*\\R\\s*");

    /**
     * Whether a reading is a number: digits and look-alikes only, or at least half digits (a digit or two
     * misread as letters or characters).
     */
    static boolean looksNumeric(String text) {
        if (NUMERIC.matcher(text).matches()) {
            return true;
        }
        long digits = text.chars().filter(c -> c >= '0' && c <= '9').count();
        long other = text.chars().filter(c -> !Character.isWhitespace(c)).count() - digits;
        return digits > 0 && digits >= other;
    }

    /** A cell's lines on one line: joined directly between Chinese characters, with a space otherwise. */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : BREAK.split(text.strip())) {
            if (!out.isEmpty() && !(wide(out.codePointBefore(out.length())) && wide(line.codePointAt(0)))) {
                out.append(' ');
            }
            out.append(line);
        }
        return out.toString();
    }

    private static boolean wide(int cp) {
        return Character.isIdeographic(cp) || cp >= 0xFF00 && cp <= 0xFFEF || cp >= 0x3000 && cp <= 0x303F;
    }

    /** A digits-only reading without spaces and without separators at its ends. */
    static String digits(String text) {
        String number = text.replaceAll("\\s+", "");
        return number.equals("-") ? number : LOOSE_ENDS.matcher(number).replaceAll("");
    }

    /**
     * The readings other than {@code number} made by replacing one unsure character with one of its
     * alternatives, at most {@code max}. Each list of {@code choices} holds a character as read and the other
     * symbols considered for it; they must spell {@code number} for the alternatives to be trusted.
     */
    static List<String> readings(String number, List<List<String>> choices, int max) {
        StringBuilder read = new StringBuilder();
        for (List<String> c : choices) {
            read.append(c.get(0));
        }
        if (!read.toString().equals(number)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < choices.size(); i++) {
            List<String> here = choices.get(i);
            for (int k = 1; k < here.size() && out.size() < max; k++) {
                StringBuilder alternative = new StringBuilder(prefix).append(here.get(k));
                for (int j = i + 1; j < choices.size(); j++) {
                    alternative.append(choices.get(j).get(0));
                }
                out.add(alternative.toString());
            }
            prefix.append(here.get(0));
        }
        return out;
    }
}
