package io.github.gongkai.internal.parsers.text;

import java.util.regex.Pattern;

/**
 * What the text of one table cell looks like: a value (a number, or a mark for "not reported"), a
 * numbered row label and its level, or a sentence that no table cell would hold.
 */
final class CellShape {
    /**
     * Counts and amounts: {@code 12}, {@code -3}, {@code 1,234}, {@code 12.5}, in half or full width, with or without
     * the unit they count in ({@code 1853件}, {@code 20 场}, {@code 0(件)}, {@code 251000元}, {@code 12.5万元}).
     */
    private static final Pattern NUMBER = Pattern.compile(
            "[+\\-−－]?([0-9０-９]{1,3}([,，][0-9０-９]{3})+|[0-9０-９]+)([.．][0-9０-９]+)?"
                    + "(\\s*[(（]?(?:人次|件|条|个|項|项|起|次|场|場|宗|份|篇|期|家|户|戶|人|亿元|億元|万元|萬元|元|万|萬)[)）]?)?");
    /** Marks for a cell left unreported: {@code /}, dashes, {@code 无}. */
    private static final Pattern NOT_REPORTED = Pattern.compile("[/／\\-－—–―]{1,3}|无|無");
    /** 一、 二、 … : the top level of numbering, as in section headings and 一、本年新收…. */
    private static final Pattern LEVEL_ONE = Pattern.compile("[一二三四五六七八九十]{1,3}\\s*[、.．]");
    /** (一) （二）: the second level. */
    private static final Pattern LEVEL_TWO = Pattern.compile("[(（]\\s*[一二三四五六七八九十]{1,3}\\s*[)）]");
    /** 1. 2、: the third level. */
    private static final Pattern LEVEL_THREE = Pattern.compile("[0-9０-９]{1,2}\\s*[.．、](?![0-9０-９])");
    /** Punctuation that ends or splits a sentence; row labels and headers never hold it. */
    private static final Pattern SENTENCE = Pattern.compile("[。！？；;]");
    /** Page furniture that PDF-to-text conversion leaves between lines: {@code - 4 -}, {@code 第3页 共6页}, {@code 3/6}. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—－]\\s*[0-9０-９]+\\s*[-—－]|第\\s*[0-9０-９]+\\s*页(\\s*[,，]?\\s*共\\s*[0-9０-９]+\\s*页)?"
                    + "|[0-9０-９]+\\s*/\\s*[0-9０-９]+");
    /** Longer than any template label, even with pinyin after every character. */
    private static final int LONGEST_CELL = 160;

    /** Not numbered: a plain label such as 行政许可, or the continuation of a wrapped label. */
    static final int UNNUMBERED = Integer.MAX_VALUE;

    private CellShape() {
    }

    /** Whether a cell holds a value: a number or a not-reported mark. */
    static boolean isValue(String text) {
        String t = strip(text);
        return NUMBER.matcher(t).matches() || NOT_REPORTED.matcher(t).matches();
    }

    /** The numbering level of a label: 1 for 一、, 2 for (一), 3 for 1., {@link #UNNUMBERED} otherwise. */
    static int level(String text) {
        String t = strip(text);
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

    /** Whether a line reads as running text rather than as a table cell. */
    static boolean isSentence(String text) {
        return hasSentenceMark(text) || strip(text).length() > LONGEST_CELL;
    }

    /** Whether a text holds punctuation that ends or splits a sentence, which no table cell holds. */
    static boolean hasSentenceMark(String text) {
        return SENTENCE.matcher(text).find();
    }

    /** Whether a line is a page number rather than content. */
    static boolean isPageNumber(String text) {
        return PAGE_NUMBER.matcher(strip(text)).matches();
    }

    /** A heading such as 五、存在的主要问题及改进情况; a bare 三、 is a vertical label cut into characters. */
    static boolean isHeading(String text) {
        return level(text) == 1 && strip(text).length() > 3;
    }

    /** Removes white space at both ends, including ideographic and no-break spaces. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char ch) {
        return Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\uFEFF';
    }
}
