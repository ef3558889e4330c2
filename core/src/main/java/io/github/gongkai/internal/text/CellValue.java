package io.github.gongkai.internal.text;

import java.util.regex.Pattern;

/**
 * Whether the raw text of a table cell, as a format parser reads it before normalisation, holds a value: the one
 * test the parsers tell values from labels by when they rebuild tables ({@link Numbers} then reads the value).
 */
public final class CellValue {
    /**
     * Counts and amounts: {@code 12}, {@code -3}, {@code 1,234}, {@code 12.5}, in half or full width, with or without
     * the unit they count in ({@code 1853件}, {@code 20 场}, {@code 0(件)}, {@code 251000元}, {@code 12.5万元}).
     */
    private static final Pattern NUMBER = Pattern.compile(
            "[+\\-−－]?([0-9０-９]{1,3}([,，][0-9０-９]{3})+|[0-9０-９]+)([.．][0-9０-９]+)?"
                    + "(\\s*[(（]?(?:人次|件|条|个|項|项|起|次|场|場|宗|份|篇|期|家|户|戶|人|亿元|億元|万元|萬元|元|万|萬)[)）]?)?");
    /** Marks for a cell left unreported: {@code /}, dashes, {@code 无}. */
    private static final Pattern NOT_REPORTED = Pattern.compile("[/／\\-－—–―]{1,3}|无|無");

    private CellValue() {
    }

    /** Whether a cell holds a value: a number, with or without its unit, or a not-reported mark. */
    public static boolean isValue(String text) {
        String t = Characters.strip(text);
        return NUMBER.matcher(t).matches() || NOT_REPORTED.matcher(t).matches();
    }
}
