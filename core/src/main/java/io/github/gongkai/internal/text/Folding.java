package io.github.gongkai.internal.text;

import java.text.Normalizer.Form;

/**
 * The first step of normalisation: one form for characters that look alike. Invisible characters go
 * first, so that NFKC sees what a reader sees; NFKC folds full-width ASCII ({@code （一）}, {@code ０}–{@code ９},
 * {@code ：}, {@code ，}), the ideographic and no-break spaces, Kangxi radicals ({@code ⼀} U+2F00 → {@code 一})
 * and CJK compatibility ideographs; then curly quotes become straight and every run of white space
 * becomes one space, trimmed at both ends.
 */
final class Folding {
    private Folding() {
    }

    static String fold(String raw) {
        String text = java.text.Normalizer.normalize(withoutInvisibles(raw), Form.NFKC);
        StringBuilder out = null;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded = foldQuote(c);
            boolean space = Characters.isSpace(c);
            if (out == null && (folded != c || space && (c != ' ' || pendingSpace || i == 0))) {
                // the first change: copy what came before it, without a space still to be decided on
                out = new StringBuilder(text.length()).append(text, 0, pendingSpace ? i - 1 : i);
            }
            if (space) {
                pendingSpace = true;
                continue;
            }
            if (out != null) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                out.append(folded);
            }
            pendingSpace = false;
        }
        if (out == null) {
            return pendingSpace ? text.substring(0, text.length() - 1) : text;
        }
        return out.toString();
    }

    private static String withoutInvisibles(String raw) {
        StringBuilder out = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Characters.isInvisible(c)) {
                if (out == null) {
                    out = new StringBuilder(raw.length()).append(raw, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? raw : out.toString();
    }

    /** Curly and CJK quotes as the ASCII quote of the same kind. */
    private static char foldQuote(char c) {
        return switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u301D', '\u301E', '\u301F' -> '"';
            case '\u2018', '\u2019', '\u201A', '\u201B' -> '\'';
            default -> c;
        };
    }
}
