package io.github.gongkai.internal.parsers.text;

import io.github.gongkai.internal.template.ActiveDisclosureTemplate;
import io.github.gongkai.internal.text.Normalizer;
import io.github.gongkai.internal.text.OutlineNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes apart a table's text whose cells were run together without a separator, as a page's
 * {@code textContent} runs them: {@code （一）予以公开270020130}, or a whole table
 * {@code 第二十条第（一）项信息内容本年制发件数…规章005行政规范性文件3140…}. Labels and header words are told
 * apart by their outline numbers and the template's words; each run of digits becomes one cell, since where
 * one value ends and the next begins cannot be seen in the text (the mapping recovers it from the template's
 * identities).
 *
 * <p>Text is only taken apart where every run of digits follows a label or header word and is followed by
 * one or by the end, or, without digits, where it is template words only; so a title ({@code 青山县2023年…}),
 * a date or a note ({@code 行政许可(本年处理决定数量)}) stays whole.
 */
final class GluedCells {
    /** Digits with an optional fraction: {@code 270020130}, {@code 719.15}. */
    private static final Pattern DIGITS = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");
    /** Where an outline number starts a label: {@code （一）}, {@code 三、}, {@code 1.} before a word. */
    private static final Pattern OUTLINE = Pattern.compile(
            "(?<!第)\\(" + OutlineNumber.NUMERAL + "{1,2}\\)|" + OutlineNumber.NUMERAL + "{1,2}、|(?<![0-9])[1-9][.、](?=\\p{IsHan})");

    private GluedCells() {
    }

    /**
     * The cells of a text run together, in order; empty where the text does not read as glued cells.
     *
     * @param text one word of a line (no white space), not a sentence
     */
    static List<String> split(String text) {
        String folded = TemplateWords.fold(text);
        List<int[]> runs = digitRuns(folded);
        if (runs.isEmpty()) {
            return header(text, folded);
        }
        List<String> cells = new ArrayList<>();
        int at = 0;
        for (int[] run : runs) {
            if (run[0] == at) {
                return List.of();
            }
            List<String> labels = labels(text, folded, at, run[0]);
            if (!isLabel(TemplateWords.fold(labels.get(labels.size() - 1)))) {
                return List.of();
            }
            cells.addAll(labels);
            cells.add(text.substring(run[0], run[1]));
            at = run[1];
        }
        if (at < text.length()) {
            List<String> rest = labels(text, folded, at, text.length());
            if (!isLabel(TemplateWords.fold(rest.get(0)))) {
                return List.of();
            }
            cells.addAll(rest);
        }
        return cells;
    }

    /**
     * A table header whose words were run together ({@code 行政复议行政诉讼结果维持…}): two or more template
     * words and nothing else, but for a note in brackets before them ({@code （本列数据的勾稽关系为…）申请人情况…}).
     */
    private static List<String> header(String text, String folded) {
        List<String> cells = labels(text, folded, 0, text.length());
        if (cells.size() < 2) {
            return List.of();
        }
        for (int i = 0; i < cells.size(); i++) {
            String cell = TemplateWords.fold(cells.get(i));
            boolean note = i == 0 && cell.startsWith("(") && cell.endsWith(")");
            if (!note && !isLabel(cell)) {
                return List.of();
            }
        }
        return cells;
    }

    /** The runs of digits as {start, end}; the last digit before {@code .} and a word is an outline number. */
    private static List<int[]> digitRuns(String folded) {
        List<int[]> runs = new ArrayList<>();
        Matcher matcher = DIGITS.matcher(folded);
        while (matcher.find()) {
            int end = matcher.end();
            boolean numbering = end + 1 < folded.length() && ".、".indexOf(folded.charAt(end)) >= 0
                    && Character.UnicodeScript.of(folded.codePointAt(end + 1)) == Character.UnicodeScript.HAN;
            if (numbering) {
                end--;
            }
            if (end > matcher.start()) {
                runs.add(new int[] {matcher.start(), end});
            }
        }
        return runs;
    }

    /** The label and header cells of a stretch of text: cut before each outline number, then into template words. */
    private static List<String> labels(String text, String folded, int from, int to) {
        List<Integer> cuts = new ArrayList<>();
        Matcher outline = OUTLINE.matcher(folded).region(from, to);
        while (outline.find()) {
            cuts.add(outline.start());
        }
        cuts.add(to);
        List<String> cells = new ArrayList<>();
        int start = from;
        for (int cut : cuts) {
            if (cut > start) {
                if (OutlineNumber.level(text.substring(start, cut)) != OutlineNumber.UNNUMBERED) {
                    cells.add(text.substring(start, cut));
                } else {
                    words(text, folded, start, cut, cells);
                }
            }
            start = Math.max(start, cut);
        }
        return cells;
    }

    /**
     * Unnumbered text cut into template words, with any text between them as cells of its own; a note in
     * brackets right after a word stays with it ({@code 行政事业性收费（万元）}).
     */
    private static void words(String text, String folded, int from, int to, List<String> into) {
        int other = from;
        int i = from;
        while (i < to) {
            int length = TemplateWords.at(folded, i, to);
            if (length == 0) {
                i++;
                continue;
            }
            if (other < i) {
                other(text.substring(other, i), into);
            }
            into.add(text.substring(i, i + length));
            i += length;
            other = i;
        }
        if (other < to) {
            other(text.substring(other, to), into);
        }
    }

    private static void other(String text, List<String> into) {
        String folded = TemplateWords.fold(text);
        boolean note = folded.startsWith("(") && folded.endsWith(")");
        if (note && !into.isEmpty() && TemplateWords.isWord(TemplateWords.fold(into.get(into.size() - 1)))) {
            into.set(into.size() - 1, into.get(into.size() - 1) + text);
        } else {
            into.add(text);
        }
    }

    /** A numbered label, a template word (with a note after it), or a mistyped item of table A ({@code 行政事业收费}). */
    private static boolean isLabel(String folded) {
        return OutlineNumber.level(folded) != OutlineNumber.UNNUMBERED || TemplateWords.isWord(folded)
                || ActiveDisclosureTemplate.item(Normalizer.label(folded)) != null;
    }
}
