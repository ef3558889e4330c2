package io.github.gongkai.internal.parsers.text;

import io.github.gongkai.internal.template.ApplicationsTemplate;
import io.github.gongkai.internal.template.ColumnNode;
import io.github.gongkai.internal.template.Labels;
import io.github.gongkai.internal.template.ReviewLitigationTemplate;
import io.github.gongkai.internal.text.Normalizer;
import io.github.gongkai.model.ActiveItem;
import io.github.gongkai.model.CaseOutcome;
import io.github.gongkai.model.Measure;
import io.github.gongkai.model.RowKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the template's three tables (row labels, column headers, table A's 信息内容 and article
 * references), to find where one cell ends and the next begins in text whose cells were run together
 * ({@code 现行有效件数规章}, {@code 行政复议行政诉讼结果维持…}). Texts are compared {@link #fold folded}.
 */
final class TemplateWords {
    /** {@code 第二十条第(一)项}: table A's group headers. */
    private static final Pattern ARTICLE = Pattern.compile("第[一二三四五六七八九十]{1,3}条第\\([一二三四五六七八九十]{1,3}\\)项");
    /** Words of the header of table A that no template enum names. */
    private static final List<String> TABLE_A_HEADER = List.of("信息内容", "规范性文件");
    /** Longer first, so that 行政规范性文件 wins over 规范性文件 and 其他结果 over 其他. */
    private static final List<String> WORDS = words();

    private TemplateWords() {
    }

    /**
     * The length of the template word at {@code from} in folded text, ending by {@code to}, longest first; 0
     * where none starts there.
     */
    static int at(String folded, int from, int to) {
        Matcher article = ARTICLE.matcher(folded).region(from, to);
        if (article.lookingAt()) {
            return article.end() - from;
        }
        for (String word : WORDS) {
            if (from + word.length() <= to && folded.startsWith(word, from)) {
                return word.length();
            }
        }
        return 0;
    }

    /** Whether a folded text is a template word in full, or one with a note in brackets after it. */
    static boolean isWord(String folded) {
        int length = folded.isEmpty() ? 0 : at(folded, 0, folded.length());
        return length > 0 && (length == folded.length()
                || (folded.charAt(length) == '(' && folded.endsWith(")")));
    }

    /**
     * Folds full-width forms and curly quotes to the template's half-width ones and traditional characters to
     * simplified ones, one character for one so that positions carry over to the text as written.
     */
    static String fold(String text) {
        String simplified = Normalizer.simplifiedCharacters(text);
        StringBuilder folded = new StringBuilder(simplified.length());
        for (int i = 0; i < simplified.length(); i++) {
            char ch = simplified.charAt(i);
            if (ch >= '\uFF01' && ch <= '\uFF5E') {
                ch = (char) (ch - 0xFEE0);
            } else if (ch == '\u201C' || ch == '\u201D') {
                ch = '"';
            }
            folded.append(ch);
        }
        return folded.toString();
    }

    private static List<String> words() {
        Set<String> words = new LinkedHashSet<>(TABLE_A_HEADER);
        for (ActiveItem item : ActiveItem.values()) {
            words.add(item.label());
        }
        for (Measure measure : Measure.values()) {
            words.add(measure.label());
        }
        for (RowKey row : RowKey.values()) {
            words.add(Labels.stripNumbering(row.label()));
        }
        for (CaseOutcome outcome : CaseOutcome.values()) {
            words.add(outcome.label());
        }
        addColumns(ApplicationsTemplate.COLUMNS, words);
        addColumns(ReviewLitigationTemplate.COLUMNS, words);
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(sorted);
    }

    private static void addColumns(ColumnNode node, Set<String> into) {
        into.addAll(node.labels());
        for (ColumnNode child : node.children()) {
            addColumns(child, into);
        }
    }
}
