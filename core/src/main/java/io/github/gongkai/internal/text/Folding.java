package io.github.gongkai.internal.text;

import java.text.Normalizer.Form;

/**
 * The first step of normalisation: one form for characters that look alike. Invisible characters go
 * first, so that NFKC sees what a reader sees; NFKC folds full-width ASCII ({@code （一）}, {@code ０}–{@code ９},
 * {@code ：}, {@code ，}), the ideographic and no-break spaces, Kangxi radicals ({@code ⼀} U+2F00 → {@code 一})
 * and CJK compatibility ideographs; then the CJK Radicals Supplement forms of whole characters, which NFKC
 * leaves alone but PDF fonts emit for common characters ({@code ⻓⻔} for {@code 长门}), become the characters,
 * curly quotes become straight, and every run of white space becomes one space, trimmed at both ends.
 */
final class Folding {
    /** Pairs of a CJK Radicals Supplement form and the character it stands for; bare components are left. */
    private static final String RADICAL_FORMS = "⺁厂⺊卜⺐尢⺒巳⺓幺⺛旡⺝月⺠民⺩王⺬示⺮竹⺶羊⺻聿⺼月⺽臼⻁虎⻄西⻅见⻆角⻉贝⻊足⻋车"
            + "⻓长⻔门⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻬齐⻮齿⻰龙";

    private Folding() {
    }

    static String fold(String raw) {
        String text = java.text.Normalizer.normalize(withoutInvisibles(raw), Form.NFKC);
        StringBuilder out = null;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded = foldRadical(foldQuote(c));
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

    /** The character a CJK Radicals Supplement form (U+2E80–U+2EFF) of a whole character stands for. */
    private static char foldRadical(char c) {
        if (c < '\u2E80' || c > '\u2EFF') {
            return c;
        }
        int at = RADICAL_FORMS.indexOf(c);
        return at >= 0 && at % 2 == 0 ? RADICAL_FORMS.charAt(at + 1) : c;
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
