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
    /** Digits and separators only, full-width or not, with spaces among them. */
    private static final Pattern SPELLED = Pattern.compile("[0-9０-９.,，。 ]*[0-9０-９][0-9０-９.,，。 ]*");
    /** A whole number grouped by thousands with periods: a comma the digits-only reading took for a period. */
    private static final Pattern PERIOD_GROUPS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
    /** Separators in a row: the first of them and the others. */
    private static final Pattern SEPARATOR_RUN = Pattern.compile("([.,])[.,]+");
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

    /**
     * A digits-only reading without spaces, without separators at its ends, and with one separator where it
     * has two in a row ({@code 1,.272}): no number has those, and the engine reads one mark twice.
     */
    static String digits(String text) {
        String number = SEPARATOR_RUN.matcher(text.replaceAll("\\s+", "")).replaceAll("$1");
        return number.equals("-") ? number : LOOSE_ENDS.matcher(number).replaceAll("");
    }

    /**
     * A reading made of digits and separators only, as ASCII digits and separators without spaces
     * ({@code 6，09 0} is {@code 6,090}); empty for a reading with anything else in it.
     */
    static String spelled(String text) {
        String line = text.strip();
        if (!SPELLED.matcher(line).matches()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        line.codePoints().forEach(c -> {
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '，') {
                out.append(',');
            } else if (c == '。') {
                out.append('.');
            } else if (c != ' ') {
                out.appendCodePoint(c);
            }
        });
        return digits(out.toString());
    }

    /**
     * Whether a digits-only reading stopped at a separator ({@code 6,} of {@code 6,090}: the engine lost the
     * group after it), where a number never ends.
     *
     * @param raw the digits-only reading as the engine returned it
     */
    static boolean endsInSeparator(String raw) {
        String read = raw.strip();
        return read.endsWith(",") || read.endsWith(".");
    }

    /**
     * Whether a digits-only reading stopped short of the number another reading spells: it read no digit, or
     * {@linkplain #endsInSeparator stopped at a separator}, and the other reading goes on from the same digits.
     *
     * @param raw   the digits-only reading as the engine returned it
     * @param whole the number another reading spells ({@link #spelled(String)}, or a digits-only one)
     */
    static boolean stoppedShort(String raw, String whole) {
        boolean anyDigit = raw.chars().anyMatch(c -> c >= '0' && c <= '9');
        if (anyDigit && !endsInSeparator(raw)) {
            return false;
        }
        // The other reading goes on past the same separator, whichever of the two either took it for.
        String read = anyDigit ? raw.replaceAll("\\s+", "").replace('.', ',') : "";
        return whole.length() > read.length() && whole.replace('.', ',').startsWith(read);
    }

    /**
     * The readings of a number whose separators may be misread: a whole number grouped in threes by periods
     * ({@code 6.090}) is a number grouped by thousands whose commas were read as periods ({@code 6,090}).
     * Which one it is, only the column (counts or amounts) and the identities tell; so both are offered.
     */
    static List<String> separatorReadings(String number) {
        return PERIOD_GROUPS.matcher(number).matches() ? List.of(number.replace('.', ',')) : List.of();
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
