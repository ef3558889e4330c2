package io.github.gongkai.internal.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

    /**
     * A whole number grouped in threes by periods ({@code 6.090}, {@code 1.234.567}): in a count read from an
     * image, commas a recogniser took for periods.
     */
    private static final Pattern PERIOD_GROUPS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");

    /** Plain digits that fit a {@code long} whatever they are, read without the expression. */
    private static final int MAX_PLAIN_DIGITS = 18;

    /** Units an amount of money is written with; the longer first, so that 万元 is not read as 元. */
    private static final List<String> MONEY_UNITS = List.of("亿元", "万元", "元");

    /** Units a count is written with; the longer first, so that 人次 is not read as 次. */
    private static final List<String> COUNT_UNITS = List.of("人次", "件", "条", "个", "项", "起", "次", "场", "宗", "份",
            "篇", "期", "家", "户", "人");

    /** Every unit a cell may write after its number. */
    private static final List<String> UNITS = Stream.concat(MONEY_UNITS.stream(), COUNT_UNITS.stream()).toList();

    /** {@link #UNITS} in brackets, in the same order. */
    private static final List<String> BRACKETED_UNITS = UNITS.stream().map(unit -> "(" + unit + ")").toList();

    /** The column's unit of 万元 written without 元 after a money number ({@code 826.09万}). */
    private static final String TEN_THOUSAND = "万";

    /** A unit of money in brackets in a column's header: (单位:元), (万元). */
    private static final Pattern DECLARED_UNIT = Pattern.compile("\\((?:单位:?)?(亿元|万元|元)\\)");

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
     * @return the number with the unit written after it, count or money ({@code 1853件}, {@code 251000元},
     *         {@code 12.5万元}); {@link CellNumber#NOT_REPORTED} for a blank, dash, slash, {@code 无} or
     *         {@code 空}; {@link CellNumber#UNREADABLE} for anything else
     */
    public static CellNumber parseCell(String text) {
        return readCell(Normalizer.normalize(Objects.requireNonNull(text, "text")));
    }

    /**
     * Reads a table cell whose text is normalised already: {@link #parseCell(String)} of the raw text.
     *
     * @param cell the cell's text as {@link Normalizer#normalize(String)} returned it
     */
    public static CellNumber readCell(String cell) {
        if (cell.isEmpty() || NOTHING.contains(cell) || onlyDashes(cell)) {
            return CellNumber.NOT_REPORTED;
        }
        String bare = withoutMarks(cell);
        String unit = unitOf(bare);
        BigDecimal value = parseDecimal(withoutUnit(bare, unit));
        return value == null ? CellNumber.UNREADABLE : CellNumber.of(value, unit);
    }

    /**
     * Reads a cell of a column that counts ({@code 本年新收}, {@code 处理决定数量}): as {@link #parseCell(String)}, but a
     * number written with a unit of money ({@code 3.5万元}, {@code 200元}) is not a count and stays unreadable.
     *
     * @param text the cell's text as a parser read it
     */
    public static CellNumber parseCount(String text) {
        return asCount(parseCell(text));
    }

    /**
     * Reads a count cell recognised from an image, its text normalised: as {@link #asCount(CellNumber)} of
     * {@link #readCell(String)}, but a number grouped in threes by periods ({@code 6.090}) is grouped by
     * thousands ({@code 6,090}, 6090): a count has no fraction, and a recogniser may read a comma as a period.
     * Text as written is not read so: there {@code 6.090} is the number its writer typed.
     *
     * @param normal the cell's text as {@link Normalizer#normalize(String)} returned it
     */
    public static CellNumber readRecognizedCount(String normal) {
        String cell = PERIOD_GROUPS.matcher(normal).matches() ? normal.replace('.', ',') : normal;
        return asCount(readCell(cell));
    }

    /**
     * A cell read by {@link #parseCell(String)} or {@link #readCell(String)}, as a count: {@link #parseCount(String)}
     * of its text.
     */
    public static CellNumber asCount(CellNumber number) {
        return isMoney(number.unit()) ? CellNumber.UNREADABLE : number;
    }

    /**
     * Reads a money cell ({@code 本年收费金额(单位:万元)}): as {@link #parseCell(String)}, and a number followed by the
     * template's unit without 元 ({@code 826.09万}) is read in that unit. Only money columns are read so: a count
     * cell {@code 3.5万} stays unreadable rather than becoming 3.5, and a money cell written with a unit of count
     * ({@code 5件}) is not an amount.
     *
     * @param text the cell's text as a parser read it
     */
    public static CellNumber parseAmount(String text) {
        return readAmount(Normalizer.normalize(Objects.requireNonNull(text, "text")));
    }

    /**
     * Reads a money cell whose text is normalised already: {@link #parseAmount(String)} of the raw text.
     *
     * @param normal the cell's text as {@link Normalizer#normalize(String)} returned it
     */
    public static CellNumber readAmount(String normal) {
        CellNumber number = readCell(normal);
        String cell = withoutMarks(normal);
        if (number.kind() == CellNumber.Kind.UNREADABLE && cell.endsWith(TEN_THOUSAND)) {
            BigDecimal value = parseDecimal(withoutUnit(cell, TEN_THOUSAND));
            return value == null ? number : CellNumber.of(value, TEN_THOUSAND);
        }
        return number.unit().isEmpty() || isMoney(number.unit()) ? number : CellNumber.UNREADABLE;
    }

    /** Whether a unit a cell wrote is one of money: 元, 万元, 亿元, or the 万 of a 万元 column. */
    public static boolean isMoney(String unit) {
        return MONEY_UNITS.contains(unit) || unit.equals(TEN_THOUSAND);
    }

    /**
     * Whether two units of money are the same: {@code 万} after a number in a column of 万元 is 万元. Units
     * are compared as {@link Normalizer#normalize(String)} leaves them.
     */
    public static boolean sameMoneyUnit(String a, String b) {
        return moneyUnit(a).equals(moneyUnit(b));
    }

    /**
     * The unit of money a column's header declares in brackets ({@code 本年收费金额(单位:元)}, {@code 采购总金额(万元)}),
     * or empty.
     *
     * @param header the header's label, normalised
     */
    public static String declaredMoneyUnit(String header) {
        Matcher m = DECLARED_UNIT.matcher(header);
        return m.find() ? m.group(1) : "";
    }

    private static String moneyUnit(String unit) {
        return unit.equals(TEN_THOUSAND) ? "万元" : unit;
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
        // Most cells are a label or plain digits: neither needs the expression.
        if (text.isEmpty() || "+-\u2212 ".indexOf(text.charAt(0)) < 0 && !isAsciiDigit(text.charAt(0))) {
            return null;
        }
        if (text.length() <= MAX_PLAIN_DIGITS && text.chars().allMatch(Numbers::isAsciiDigit)) {
            return BigDecimal.valueOf(Long.parseLong(text));
        }
        Matcher m = DECIMAL.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(2).replace(",", "").replace(" ", "");
        String fraction = m.group(3) == null ? "" : m.group(3);
        BigDecimal value = new BigDecimal(digits + fraction);
        return m.group(1) == null || m.group(1).equals("+") ? value : value.negate();
    }

    private static boolean isAsciiDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    /** The cell without the footnote marks after its number. */
    private static String withoutMarks(String text) {
        String cell = text;
        while (!cell.isEmpty() && FOOTNOTE_MARKS.indexOf(cell.charAt(cell.length() - 1)) >= 0) {
            cell = cell.substring(0, cell.length() - 1).stripTrailing();
        }
        return cell;
    }

    /** The unit the cell ends with, bare or bracketed ({@code 0(件)}), or empty. */
    private static String unitOf(String cell) {
        if (cell.isEmpty() || Character.isDigit(cell.charAt(cell.length() - 1))) {
            return ""; // most cells: every unit ends in a character or a bracket
        }
        for (int i = 0; i < UNITS.size(); i++) {
            if (cell.endsWith(UNITS.get(i)) || cell.endsWith(BRACKETED_UNITS.get(i))) {
                return UNITS.get(i);
            }
        }
        return "";
    }

    /** The cell without the unit after its number, bare or bracketed. */
    private static String withoutUnit(String cell, String unit) {
        if (unit.isEmpty()) {
            return cell;
        }
        int length = cell.endsWith(")") ? unit.length() + 2 : unit.length();
        return cell.substring(0, cell.length() - length).stripTrailing();
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
