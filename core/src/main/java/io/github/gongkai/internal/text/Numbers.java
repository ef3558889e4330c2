package io.github.gongkai.internal.text;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers as reports write them: in table cells, and in Chinese numerals in the narrative. */
public final class Numbers {
    /**
     * An optional sign, then digits: plain, or grouped by thousands with commas or with single spaces
     * ({@code 1,234}, {@code 1 234}), then an optional fraction. Digits split by a space into groups that
     * are not thousands ({@code 3 0}) do not match: PDF extraction splits a glyph run that way, but two
     * numbers run together in a merged cell look the same, and guessing 30 would hide the damage.
     */
    private static final Pattern DECIMAL = Pattern.compile(
        "([+\\-\u2212])? ?(\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?: \\d{3})+|\\d+)(\\.\\d+)?");

    /** Units a count or amount is written with; the longer first, so that 万元 is not read as 元. */
    private static final String[] UNITS = {"万元", "件", "条", "个", "项", "起", "次"};

    /** Marks after a number that point to a note below the table ({@code 3*}, {@code 12※}). */
    private static final String FOOTNOTE_MARKS = "*※";

    /** Dashes and slashes, any number of them, that fill a cell to say it has nothing to report. */
    private static final String DASHES = "-/\\\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2500\u2501";

    /** Words that fill a cell to say it has nothing to report; × marks a cell not to be filled in. */
    private static final Set<String> NOTHING = Set.of("无", "空", "暂无", "×");

    private Numbers() {
    }

    /**
     * Reads a table cell as a number. The text is normalised first, so full-width digits and commas,
     * traditional units ({@code 萬元}) and stray spaces read as well as plain digits.
     *
     * @param text the cell's text as a parser read it
     * @return the number; {@link CellNumber#NOT_REPORTED} for a blank, dash, slash, {@code 无} or
     *         {@code 空}; {@link CellNumber#UNREADABLE} for anything else
     */
    public static CellNumber parseCell(String text) {
        String cell = Normalizer.normalize(Objects.requireNonNull(text, "text"));
        if (cell.isEmpty() || NOTHING.contains(cell) || onlyDashes(cell)) {
            return CellNumber.NOT_REPORTED;
        }
        BigDecimal value = parseDecimal(withoutUnit(cell));
        return value == null ? CellNumber.UNREADABLE : CellNumber.of(value);
    }

    /**
     * Reads a money cell of a column counted in 万元 ({@code 本年收费金额(单位:万元)}): as {@link #parseCell(String)},
     * and a number followed by the column's own unit without 元 ({@code 826.09万}) is read in that unit. Only
     * money columns are read so: a count cell {@code 3.5万} stays unreadable rather than becoming 3.5.
     *
     * @param text the cell's text as a parser read it
     */
    public static CellNumber parseTenThousandYuan(String text) {
        CellNumber number = parseCell(text);
        String cell = Normalizer.normalize(Objects.requireNonNull(text, "text"));
        if (number.kind() != CellNumber.Kind.UNREADABLE || !cell.endsWith("万")) {
            return number;
        }
        return parseCell(cell.substring(0, cell.length() - 1));
    }

    /**
     * Reads a whole number written in Chinese numerals, Arabic digits or a mix of the two, as narrative
     * text writes them: {@code 十二}, {@code 一百零五}, {@code 两千零二十二}, {@code 二〇二二} (digit by digit, as
     * years are written), {@code 三万五} (35000), {@code 1.2万}, {@code 3万}, {@code 1,234}.
     *
     * @param text the numeral alone, without the word it counts
     * @return the number, or empty when the text is not a whole number or does not fit a {@code long}
     */
    public static OptionalLong parseChineseInteger(String text) {
        return ChineseNumerals.parse(Folding.fold(Objects.requireNonNull(text, "text")));
    }

    /**
     * An Arabic number in the text as a whole, or null.
     *
     * @param text folded text: ASCII digits, single spaces
     */
    static BigDecimal parseDecimal(String text) {
        Matcher m = DECIMAL.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(2).replace(",", "").replace(" ", "");
        String fraction = m.group(3) == null ? "" : m.group(3);
        BigDecimal value = new BigDecimal(digits + fraction);
        return m.group(1) == null || m.group(1).equals("+") ? value : value.negate();
    }

    /** The cell without a footnote mark and a unit after the number, bare or bracketed ({@code 0(件)}). */
    private static String withoutUnit(String text) {
        String cell = text;
        while (!cell.isEmpty() && FOOTNOTE_MARKS.indexOf(cell.charAt(cell.length() - 1)) >= 0) {
            cell = cell.substring(0, cell.length() - 1).stripTrailing();
        }
        for (String unit : UNITS) {
            for (String written : new String[] {unit, "(" + unit + ")"}) {
                if (cell.endsWith(written)) {
                    return cell.substring(0, cell.length() - written.length()).stripTrailing();
                }
            }
        }
        return cell;
    }

    private static boolean onlyDashes(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c != ' ' && DASHES.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
