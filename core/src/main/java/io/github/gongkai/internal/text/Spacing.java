package io.github.gongkai.internal.text;

/**
 * Removes the spaces Chinese typography does not have, which PDF extraction and hand-typed pages put in
 * anyway: between two wide characters ({@code 规 章}), and between a wide character and a digit, bracket
 * or folded punctuation ({@code ( 一 )}, {@code 2022 年}, {@code 公开。 其中}). Spaces between Latin words,
 * or between Latin and Chinese ({@code OA 系统}), stay. Works on folded text, where spaces are single.
 */
final class Spacing {
    private Spacing() {
    }

    /** The text without those spaces, the same instance when there are none. */
    static String tighten(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            if (i == 0 || i == text.length() - 1) {
                continue;
            }
            int before = text.codePointBefore(i);
            int after = text.codePointAt(i + 1);
            boolean wideBefore = Characters.isWide(before);
            boolean wideAfter = Characters.isWide(after);
            if (wideBefore && (wideAfter || Characters.bindsToWide(after))
                    || wideAfter && Characters.bindsToWide(before)) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i);
                copied = i + 1;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }
}
