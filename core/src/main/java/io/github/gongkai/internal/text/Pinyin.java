package io.github.gongkai.internal.text;

import java.util.HashSet;
import java.util.Set;

/**
 * Pinyin annotations that conversion sites put after characters ({@code 鎮(zhèn)}, {@code 政(zheng)(zheng)},
 * {@code 數(shu4)}): what counts as one, and removing them. Real parentheses survive because an annotation
 * must hold exactly one valid, lower-case syllable – {@code (一)}, {@code (单位:万元)}, {@code 系统(OA)} and
 * {@code (PDF)} are not syllables. Brackets may be ASCII or full width, so that text as read can be stripped
 * before it is folded.
 */
final class Pinyin {
    /** Longest annotation content worth examining: a six-letter syllable, a tone digit, spaces. */
    private static final int MAX_CONTENT = 10;

    /**
     * The syllables of Mandarin as initial × finals. The first row has no initial: it holds the syllables
     * written with y and w, the interjections (m, n, ng, hm, hng) and a bare ü, which conversion sites emit
     * for 女 and 旅 when they lose the initial.
     */
    private static final String[] TABLE = {
        ": a o e ai ei ao ou an en ang eng er m n ng hm hng ü"
            + " yi ya yo ye yao you yan yin yang ying yong yu yue yuan yun"
            + " wu wa wo wai wei wan wen wang weng",
        "b: a o ai ei ao an en ang eng i ie iao ian in ing u",
        "p: a o ai ei ao ou an en ang eng i ie iao ian in ing u",
        "m: a o e ai ei ao ou an en ang eng i ie iao iu ian in ing u",
        "f: a o ei ou an en ang eng u",
        "d: a e ai ei ao ou an en ang eng ong i ia ie iao iu ian ing u uo ui uan un",
        "t: a e ai ei ao ou an ang eng ong i ie iao ian ing u uo ui uan un",
        "n: a e ai ei ao ou an en ang eng ong i ie iao iu ian in iang ing u uo uan un ü üe",
        "l: a o e ai ei ao ou an ang eng ong i ia ie iao iu ian in iang ing u uo uan un ü üe",
        "g: a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
        "k: a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
        "h: a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
        "j: i ia ie iao iu ian in iang ing iong u ue uan un",
        "q: i ia ie iao iu ian in iang ing iong u ue uan un",
        "x: i ia ie iao iu ian in iang ing iong u ue uan un",
        "zh: a e i ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
        "ch: a e i ai ao ou an en ang eng ong u ua uo uai ui uan un uang",
        "sh: a e i ai ei ao ou an en ang eng u ua uo uai ui uan un uang",
        "r: e i ao ou an en ang eng ong u ua uo ui uan un",
        "z: a e i ai ei ao ou an en ang eng ong u uo ui uan un",
        "c: a e i ai ao ou an en ang eng ong u uo ui uan un",
        "s: a e i ai ao ou an en ang eng ong u uo ui uan un",
    };

    private static final Set<String> SYLLABLES = syllables();

    private Pinyin() {
    }

    private static Set<String> syllables() {
        Set<String> all = new HashSet<>();
        for (String row : TABLE) {
            int colon = row.indexOf(':');
            String initial = row.substring(0, colon);
            for (String fin : row.substring(colon + 1).trim().split(" ")) {
                all.add(initial + fin);
            }
        }
        return Set.copyOf(all);
    }

    /**
     * Whether the text is one pinyin syllable: lower-case letters with at most one tone mark or a tone
     * digit 1–5, ü also written v. A single toneless ASCII letter ({@code a}, {@code e}, {@code o},
     * {@code m}, {@code n}) does not count: after a character it labels a list item far more often than
     * it spells 啊 or 哦.
     */
    static boolean isSyllable(String text) {
        int end = text.length();
        boolean toned = false;
        if (end > 0 && text.charAt(end - 1) >= '1' && text.charAt(end - 1) <= '5') {
            toned = true;
            end--;
        }
        if (end == 0 || end > 6) {
            return false;
        }
        StringBuilder base = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            char plain = withoutTone(c);
            if (plain != c) {
                if (toned) {
                    return false; // a second tone
                }
                toned = true;
            }
            if (plain == 'v') {
                plain = 'ü';
            }
            if ((plain < 'a' || plain > 'z') && plain != 'ü') {
                return false;
            }
            base.append(plain);
        }
        if (!toned && end == 1 && text.charAt(0) < 0x80) {
            return false;
        }
        return SYLLABLES.contains(base.toString());
    }

    /** The letter without its tone mark; any other character as it is. */
    private static char withoutTone(char c) {
        return switch (c) {
            case 'ā', 'á', 'ǎ', 'à' -> 'a';
            case 'ē', 'é', 'ě', 'è' -> 'e';
            case 'ī', 'í', 'ǐ', 'ì' -> 'i';
            case 'ō', 'ó', 'ǒ', 'ò' -> 'o';
            case 'ū', 'ú', 'ǔ', 'ù' -> 'u';
            case 'ǖ', 'ǘ', 'ǚ', 'ǜ' -> 'ü';
            case 'ń', 'ň', 'ǹ' -> 'n';
            case 'ḿ' -> 'm';
            default -> c;
        };
    }

    /**
     * The text without the annotations that follow a Chinese character, each alone or repeated, with or
     * without a space before it; the same instance when there are none.
     */
    static String strip(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Characters.isHan(cp)) {
                continue;
            }
            int end = i;
            for (int next = annotationEnd(text, end); next > 0; next = annotationEnd(text, end)) {
                end = next;
            }
            if (end > i) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i);
                copied = end;
                i = end;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Where the annotation starting at {@code from} (after an optional space) ends, or -1 if there is none. */
    private static int annotationEnd(String text, int from) {
        int open = from < text.length() && text.charAt(from) == ' ' ? from + 1 : from;
        if (open >= text.length() || text.charAt(open) != '(' && text.charAt(open) != '（') {
            return -1;
        }
        int limit = Math.min(text.length(), open + 2 + MAX_CONTENT);
        for (int close = open + 1; close < limit; close++) {
            char c = text.charAt(close);
            if (c == ')' || c == '）') {
                return isSyllable(text.substring(open + 1, close).trim()) ? close + 1 : -1;
            }
            if (c == '(' || c == '（') {
                return -1;
            }
        }
        return -1;
    }
}
