package io.github.gongkai.internal.parsers.word;

import java.util.List;
import java.util.Locale;

/**
 * Renders a list counter in one of Word's number formats. The names are those of OOXML's
 * {@code ST_NumberFormat}; the binary format's number format codes (nfc) are their positions in that list.
 * Formats that make no sense for headings of Chinese reports (English ordinals, Japanese kana, Korean)
 * fall back to decimal, which keeps the counter readable.
 */
final class NumberFormats {
    /** ST_NumberFormat in schema order: the index of a name is its nfc code in .doc files. */
    private static final List<String> BY_CODE = List.of("decimal", "upperRoman", "lowerRoman", "upperLetter",
            "lowerLetter", "ordinal", "cardinalText", "ordinalText", "hex", "chicago", "ideographDigital",
            "japaneseCounting", "aiueo", "iroha", "decimalFullWidth", "decimalHalfWidth", "japaneseLegal",
            "japaneseDigitalTenThousand", "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth",
            "irohaFullWidth", "decimalZero", "bullet", "ganada", "chosung", "decimalEnclosedFullstop",
            "decimalEnclosedParen", "decimalEnclosedCircleChinese", "ideographEnclosedCircle",
            "ideographTraditional", "ideographZodiac", "ideographZodiacTraditional", "taiwaneseCounting",
            "ideographLegalTraditional", "taiwaneseCountingThousand", "taiwaneseDigital", "chineseCounting",
            "chineseLegalSimplified", "chineseCountingThousand");
    /** The .doc code for "no number". */
    private static final int CODE_NONE = 255;
    static final String BULLET = "bullet";
    static final String NONE = "none";

    private static final String DIGITS = "〇一二三四五六七八九";
    /** Counting writes zero as 零 (一百零五), digit by digit formats as 〇 (一〇五). */
    private static final String COUNTING = "零一二三四五六七八九";
    private static final String LEGAL_SIMPLIFIED = "零壹贰叁肆伍陆柒捌玖";
    private static final String LEGAL_TRADITIONAL = "零壹貳參肆伍陸柒捌玖";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private NumberFormats() {
    }

    /** The format name for a .doc number format code. */
    static String nameOf(int code) {
        if (code == CODE_NONE) {
            return NONE;
        }
        return code >= 0 && code < BY_CODE.size() ? BY_CODE.get(code) : "decimal";
    }

    /** The counter {@code n} (at least 0) in the format. */
    static String format(String name, int n) {
        return switch (name) {
            case NONE, BULLET -> "";
            case "upperRoman" -> roman(n).toUpperCase(Locale.ROOT);
            case "lowerRoman" -> roman(n);
            case "upperLetter" -> letters(n).toUpperCase(Locale.ROOT);
            case "lowerLetter" -> letters(n);
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> enclosed(n, '\u2460', 20);
            case "decimalEnclosedParen" -> enclosed(n, '\u2474', 20);
            case "decimalEnclosedFullstop" -> enclosed(n, '\u2488', 20);
            case "ideographEnclosedCircle" -> enclosed(n, '\u3220', 10);
            case "ideographDigital", "taiwaneseDigital" -> digits(n, DIGITS);
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                    "taiwaneseCountingThousand", "japaneseLegal" -> counting(n, COUNTING, '十', '百', '千');
            case "chineseLegalSimplified" -> counting(n, LEGAL_SIMPLIFIED, '拾', '佰', '仟');
            case "ideographLegalTraditional" -> counting(n, LEGAL_TRADITIONAL, '拾', '佰', '仟');
            case "ideographTraditional" -> cycle(n, STEMS);
            case "ideographZodiac", "ideographZodiacTraditional" -> cycle(n, BRANCHES);
            default -> Integer.toString(n);
        };
    }

    /** Chinese counting below 10,000: 十, 十一, 二十, 一百零五, 一千零一十. */
    private static String counting(int n, String digits, char ten, char hundred, char thousand) {
        if (n <= 0 || n >= 10_000) {
            return Integer.toString(n);
        }
        char[] units = {thousand, hundred, ten};
        int[] values = {1000, 100, 10};
        StringBuilder out = new StringBuilder();
        int rest = n;
        boolean pendingZero = false;
        for (int i = 0; i < values.length; i++) {
            int digit = rest / values[i];
            rest %= values[i];
            if (digit == 0) {
                pendingZero = !out.isEmpty();
                continue;
            }
            if (pendingZero) {
                out.append(digits.charAt(0));
                pendingZero = false;
            }
            // 十一 rather than 一十一 when the number starts with ten.
            if (!(digit == 1 && values[i] == 10 && out.isEmpty())) {
                out.append(digits.charAt(digit));
            }
            out.append(units[i]);
        }
        if (rest > 0) {
            if (pendingZero) {
                out.append(digits.charAt(0));
            }
            out.append(digits.charAt(rest));
        }
        return out.toString();
    }

    private static String digits(int n, String digits) {
        StringBuilder out = new StringBuilder();
        for (char ch : Integer.toString(n).toCharArray()) {
            out.append(digits.charAt(ch - '0'));
        }
        return out.toString();
    }

    private static String cycle(int n, String symbols) {
        return n >= 1 && n <= symbols.length() ? String.valueOf(symbols.charAt(n - 1)) : Integer.toString(n);
    }

    private static String enclosed(int n, char first, int count) {
        return n >= 1 && n <= count ? String.valueOf((char) (first + n - 1)) : Integer.toString(n);
    }

    private static String fullWidth(String decimal) {
        StringBuilder out = new StringBuilder();
        for (char ch : decimal.toCharArray()) {
            out.append((char) (ch - '0' + '\uFF10'));
        }
        return out.toString();
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder out = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(symbols[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }

    /** a … z, then aa … zz as Word writes them (the letter repeated). */
    private static String letters(int n) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char letter = (char) ('a' + (n - 1) % 26);
        return String.valueOf(letter).repeat((n - 1) / 26 + 1);
    }
}
