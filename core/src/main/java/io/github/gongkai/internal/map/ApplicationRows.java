package io.github.gongkai.internal.map;

import io.github.gongkai.internal.template.ApplicationsTemplate;
import io.github.gongkai.internal.template.ApplicationsTemplate.Group;
import io.github.gongkai.internal.template.LabelMemo;
import io.github.gongkai.internal.template.Labels;
import io.github.gongkai.model.RowKey;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises the rows of table B by their labels. Labels are matched by their words, with tolerance for
 * typos; the outline number and the group the row stands under ((三)不予公开 …) decide between rows whose
 * words are alike, and place a sub-row whose words are unreadable by its number.
 */
final class ApplicationRows {
    private static final double ACCEPT = 0.55;
    /** A parenthetical note ends a label, closed or cut off where the cell was split. */
    private static final Pattern NOTE = Pattern.compile("\\(.*$");
    /** Every label of table B in the template's wordings and their usual variants, and room for odd ones. */
    private static final LabelMemo<Label, RowKey> MATCHES = new LabelMemo<>(4096);
    private static final List<RowKey> TOP_LEVEL = List.of(RowKey.NEWLY_RECEIVED, RowKey.CARRIED_OVER,
            RowKey.GRANTED, RowKey.PARTIALLY_GRANTED, RowKey.TOTAL_PROCESSED, RowKey.CARRIED_FORWARD);

    /**
     * The heading over the outcome rows (三、本年度办理结果): it names none of them, though its words are close to
     * 办理结果总计.
     */
    private static final String OUTCOMES = "本年度办理结果";

    private ApplicationRows() {
    }

    /** The group a label names ((三)不予公开 → DENIED), or {@code null}. */
    static Group group(String label) {
        String words = Labels.stripNumbering(label);
        for (Group group : Group.values()) {
            if (words.equals(group.label()) || (words.startsWith(group.label()) && words.length() <= group.label().length() + 2)) {
                return group;
            }
        }
        return null;
    }

    /**
     * The row a leaf label names.
     *
     * @param label   the normalised label of the row's own cell
     * @param context the group the row stands under, or {@code null}
     * @return the row, or {@code null} where none fits
     */
    static RowKey match(String label, Group context) {
        return MATCHES.get(new Label(label, context), label, key -> compare(key.label(), key.context()));
    }

    /** A row label with the group it stands under, which decides between alike rows. */
    private record Label(String label, Group context) {
    }

    /** Compares the label with every wording of every row of the template. */
    private static RowKey compare(String label, Group context) {
        String words = withoutNote(Labels.stripNumbering(label));
        if (words.isEmpty() || words.equals(OUTCOMES)) {
            return null;
        }
        int number = subNumber(label);
        RowKey best = null;
        double bestScore = 0;
        for (RowKey row : RowKey.values()) {
            if (row == RowKey.OTHER) {
                continue;
            }
            Group group = ApplicationsTemplate.groupOf(row);
            if (group == null && !TOP_LEVEL.contains(row)) {
                continue;
            }
            double factor = group != null && context != null && group != context ? 0.7 : 1;
            double bonus = group != null && group == context
                    && number == ApplicationsTemplate.children(group).indexOf(row) + 1 ? 0.1 : 0;
            double score = 0;
            for (String wording : ApplicationsTemplate.words(row)) {
                // A wording that cannot beat the best row so far, even alike in all it could be, is not compared.
                if (mostScore(words, wording) * factor + bonus > bestScore) {
                    score = Math.max(score, score(words, wording));
                }
            }
            score = score * factor + bonus;
            if (score > bestScore) {
                bestScore = score;
                best = row;
            }
        }
        if (bestScore >= ACCEPT) {
            return best;
        }
        // A numbered sub-row whose words are garbled still has its place in its group.
        if (context != null && number >= 1 && number <= ApplicationsTemplate.children(context).size()) {
            return ApplicationsTemplate.children(context).get(number - 1);
        }
        return null;
    }

    /** The words before a note in brackets; only a label with a bracket is given to the expression. */
    private static String withoutNote(String words) {
        return words.indexOf('(') < 0 ? words : NOTE.matcher(words).replaceFirst("");
    }

    private static double score(String words, String template) {
        double similarity = Labels.similarity(words, template);
        return holds(words, template) ? Math.max(similarity, 0.9) : similarity;
    }

    /** The highest {@link #score} the label could have against the template wording, by their lengths. */
    private static double mostScore(String words, String template) {
        double similarity = Labels.mostSimilar(words, template);
        return holds(words, template) ? Math.max(similarity, 0.9) : similarity;
    }

    /**
     * Whether the label holds the template's words: it may carry extra words around them (笔误, notes), but a
     * short template word such as 其他 inside a long label proves nothing.
     */
    private static boolean holds(String words, String template) {
        boolean close = template.length() >= 4 || words.length() <= template.length() + 2;
        return close && words.length() >= template.length() && words.contains(template);
    }

    /** The number of a sub-row label ({@code 3.其他} → 3), or -1. */
    private static int subNumber(String label) {
        int i = 0;
        while (i < label.length() && i < 2 && Character.isDigit(label.charAt(i))) {
            i++;
        }
        if (i == 0 || i >= label.length() || ".、)".indexOf(label.charAt(i)) < 0) {
            return -1;
        }
        return Integer.parseInt(label.substring(0, i));
    }
}
