package io.github.gongkai.text;

import java.text.Normalizer.Form;

/**
 * The first step of normalisation: one form for characters that look alike. NFKC folds full-width ASCII
 * ({@code （一）}, {@code ０}–{@code ９}, {@code ：}, {@code ，}), the ideographic and no-break spaces, Kangxi
 * radicals ({@code ⼀} U+2F00 → {@code 一}) and CJK compatibility ideographs; then curly quotes become
 * straight, invisible characters go, and every run of white space becomes one space, trimmed at both ends.
 */
final class Folding {
    private Folding() {
    }

    static String fold(String raw) {
        String text = java.text.Normalizer.normalize(raw, Form.NFKC);
        StringBuilder out = null;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            int folded = foldQuote(cp);
            boolean space = Characters.isSpace(cp);
            boolean drop = Characters.isInvisible(cp);
            if (out == null && (folded != cp || drop || space && (cp != ' ' || pendingSpace || i == 0))) {
                // the first change: copy what came before it, unchanged
                out = new StringBuilder(text.length()).append(text, 0, pendingSpace ? i - 1 : i);
            }
            if (space) {
                pendingSpace = true;
            } else if (!drop) {
                if (out != null) {
                    if (pendingSpace && out.length() > 0) {
                        out.append(' ');
                    }
                    out.appendCodePoint(folded);
                }
                pendingSpace = false;
            }
            i += width;
        }
        if (pendingSpace && out == null) {
            out = new StringBuilder(text).deleteCharAt(text.length() - 1); // one trailing space
        }
        return out == null ? text : out.toString();
    }

    /** Curly and CJK quotes as the ASCII quote of the same kind. */
    private static int foldQuote(int cp) {
        return switch (cp) {
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u301D', '\u301E', '\u301F' -> '"';
            case '\u2018', '\u2019', '\u201A', '\u201B' -> '\'';
            default -> cp;
        };
    }
}
