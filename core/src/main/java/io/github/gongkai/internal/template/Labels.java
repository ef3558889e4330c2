package io.github.gongkai.internal.template;

import io.github.gongkai.internal.text.OutlineNumber;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzzy comparison of normalised labels. Real reports drop or mistype characters in labels
 * (三类内容事务信息 for 三类内部事务信息, 其他法律行政止公开), so labels are compared by the share of
 * characters they have in common, in order.
 */
public final class Labels {
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:" + OutlineNumber.NUMERAL + "+[、.]|\\(" + OutlineNumber.NUMERAL + "+\\)|\\d{1,2}[.、)]|\\(\\d{1,2}\\))");

    /**
     * An outline number inside a label, after the words of a higher level that a flattened merged cell ran
     * into it: {@code 三、本年度办理结果(一)予以公开}, {@code (三)不予公开1.属于国家秘密}.
     */
    private static final Pattern INNER_NUMBERING = Pattern.compile(
            "(?<=[\\p{IsHan})])(?=\\(" + OutlineNumber.NUMERAL + "+\\)|\\d{1,2}[.、][\\p{IsHan}])");

    private Labels() {
    }

    /**
     * Similarity of two labels from 0 to 1: twice their longest common subsequence over their summed lengths.
     */
    public static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return 2.0 * commonSubsequence(a, b) / (a.length() + b.length());
    }

    /**
     * The most {@link #similarity} two labels of these lengths can have, without comparing them: all of the
     * shorter in common. Callers that only want a label more alike than one they have skip the comparison
     * where this bound is no better; it is computed as similarity is, so it is never below it.
     */
    public static double mostSimilar(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return 2.0 * Math.min(a.length(), b.length()) / (a.length() + b.length());
    }

    /**
     * The length of the longest common subsequence. A shared prefix and suffix belong to it whole, so only
     * what lies between them is compared cell by cell: labels mostly differ from a template's wording in a
     * few characters, and this is the mapping's hottest loop.
     */
    private static int commonSubsequence(String a, String b) {
        int start = 0;
        while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        int aEnd = a.length();
        int bEnd = b.length();
        while (aEnd > start && bEnd > start && a.charAt(aEnd - 1) == b.charAt(bEnd - 1)) {
            aEnd--;
            bEnd--;
        }
        int shared = start + a.length() - aEnd;
        int[] previous = new int[bEnd - start + 1];
        int[] current = new int[bEnd - start + 1];
        for (int i = start; i < aEnd; i++) {
            char c = a.charAt(i);
            for (int j = start; j < bEnd; j++) {
                int k = j - start + 1;
                current[k] = c == b.charAt(j) ? previous[k - 1] + 1 : Math.max(previous[k], current[k - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return shared + previous[bEnd - start];
    }

    /**
     * Strips a leading outline number: {@code 一、}, {@code (三)}, {@code 1.}, {@code 2、}, {@code 第一}… so that
     * the label's words can be compared.
     */
    public static String stripNumbering(String label) {
        Matcher number = NUMBERING.matcher(label);
        return number.lookingAt() ? label.substring(number.end()) : label;
    }

    /** Whether a label is an outline number alone ({@code 1.}, {@code (三)}), its words being in the next cell. */
    public static boolean isNumbering(String label) {
        return !label.isEmpty() && stripNumbering(label).isEmpty();
    }

    /**
     * The outline levels a label runs together, each with its own number, highest first: one part for a
     * label of one level.
     */
    public static List<String> levels(String label) {
        // An inner number starts with a bracket or a digit: most labels have neither, and the expression,
        // tried at every character, is not needed.
        for (int i = 0; i < label.length(); i++) {
            char ch = label.charAt(i);
            if (ch == '(' || ch >= '0' && ch <= '9') {
                return List.of(INNER_NUMBERING.split(label));
            }
        }
        return List.of(label);
    }

    /** The outline number a label starts with, as written ({@code (三)}, {@code 2.}), or empty. */
    public static String numbering(String label) {
        String stripped = stripNumbering(label);
        return label.substring(0, label.length() - stripped.length());
    }
}
