package io.github.gongkai.internal.text;

import java.util.regex.Pattern;

/**
 * The outline numbers the template's headings and row labels start with, and their level: {@code 一、} (sections,
 * 一、本年新收…), {@code （一）} (subsections, rows), {@code 1.} (sub-rows). The one definition the format parsers
 * read them by.
 */
public final class OutlineNumber {
    /** A Chinese numeral of an outline number: one to three of them write 一 to 九十九. */
    public static final String NUMERAL = "[一二三四五六七八九十]";
    /** Not numbered: a plain label such as 行政许可, or the continuation of a wrapped label. */
    public static final int UNNUMBERED = Integer.MAX_VALUE;

    /** 一、 二、 … : the top level, as in section headings and 一、本年新收…. */
    private static final Pattern LEVEL_ONE = Pattern.compile(NUMERAL + "{1,3}\\s*[、.．]");
    /** (一) （二）: the second level. */
    private static final Pattern LEVEL_TWO = Pattern.compile("[(（]\\s*" + NUMERAL + "{1,3}\\s*[)）]");
    /** 1. 2、: the third level; not 1.5, a decimal. */
    private static final Pattern LEVEL_THREE = Pattern.compile("[0-9０-９]{1,2}\\s*[.．、](?![0-9０-９])");

    private OutlineNumber() {
    }

    /** The level of the number a text starts with: 1 for 一、, 2 for (一), 3 for 1., {@link #UNNUMBERED} otherwise. */
    public static int level(String text) {
        String t = Characters.strip(text);
        if (LEVEL_ONE.matcher(t).lookingAt()) {
            return 1;
        }
        if (LEVEL_TWO.matcher(t).lookingAt()) {
            return 2;
        }
        if (LEVEL_THREE.matcher(t).lookingAt()) {
            return 3;
        }
        return UNNUMBERED;
    }
}
