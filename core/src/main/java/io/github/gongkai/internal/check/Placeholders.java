package io.github.gongkai.internal.check;

import java.util.regex.Pattern;

/** Template text a report left unfilled: XX, ××, X月X日, (此处填写). */
final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?<![A-Za-z])(?:[Xx]{2,}|×{2,})(?![A-Za-z])"
                    + "|(?<![A-Za-z])[X×]{1,2}(?:年|月|日|件|条)"
                    + "|[(【\\[][^)】\\]]{0,12}填写[^)】\\]]{0,12}[)】\\]]");

    /** A character every placeholder holds, to pass over other text quickly. */
    private static final Pattern MARKS = Pattern.compile("[Xx×填]");

    private Placeholders() {
    }

    /** Whether the text holds a placeholder. */
    static boolean in(String text) {
        return MARKS.matcher(text).find() && PLACEHOLDER.matcher(text).find();
    }
}
