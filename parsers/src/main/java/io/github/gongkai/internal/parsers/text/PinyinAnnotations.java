package io.github.gongkai.internal.parsers.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds pinyin that conversion sites leave after characters, as in {@code 鎮(zhèn)} or
 * {@code 政(zheng)(zheng)}: a syllable in brackets directly after a CJK character.
 */
final class PinyinAnnotations {
    private static final Pattern ANNOTATION = Pattern.compile(
            "\\p{IsHan}[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,6}[)）]");
    /** A lone match may be a real bracket, such as 中国(china); a copy annotated by a site has many. */
    private static final int FEWEST = 3;

    private PinyinAnnotations() {
    }

    /** Whether the text carries pinyin annotations. */
    static boolean present(String text) {
        Matcher matcher = ANNOTATION.matcher(text);
        int found = 0;
        while (found < FEWEST && matcher.find()) {
            found++;
        }
        return found >= FEWEST;
    }
}
