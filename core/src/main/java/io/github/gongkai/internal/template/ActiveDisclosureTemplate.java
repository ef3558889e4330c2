package io.github.gongkai.internal.template;

import io.github.gongkai.model.ActiveItem;
import io.github.gongkai.model.Measure;
import io.github.gongkai.model.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Table A, 主动公开政府信息情况, as data: the items and measures of each template, and their labels. */
public final class ActiveDisclosureTemplate {

    /** Item labels as reports print them, normalised; longer first so that 行政规范性文件 wins over 规范性文件. */
    private static final Map<String, ActiveItem> ITEM_LABELS = orderedLabels(
            "行政规范性文件", ActiveItem.NORMATIVE_DOCUMENTS, "规范性文件", ActiveItem.NORMATIVE_DOCUMENTS,
            "规章", ActiveItem.RULES, "行政许可", ActiveItem.LICENSING,
            "其他对外管理服务事项", ActiveItem.OTHER_SERVICES, "行政处罚", ActiveItem.PUNISHMENT,
            "行政强制", ActiveItem.ENFORCEMENT, "行政事业性收费", ActiveItem.FEES,
            "政府集中采购", ActiveItem.PROCUREMENT);

    /**
     * What each label matched: every row label of every table is asked, in every report, and reports copy
     * the template's labels.
     */
    private static final LabelMemo<String, ActiveItem> ITEMS = new LabelMemo<>(4096);

    /** A unit or measure noted after an item's label: 行政事业性收费(万元), 行政许可(本年处理决定数量). */
    private static final Pattern NOTE = Pattern.compile("\\(.*\\)$");

    /** How alike a mistyped item label must be to the template's: one wrong character in four is too many. */
    private static final double MISTYPED = 0.8;

    /** Measure labels as reports print them, normalised; more specific first. */
    private static final Map<String, Measure> MEASURE_LABELS = orderedLabels(
            "本年制发件数", Measure.ISSUED, "本年废止件数", Measure.REPEALED, "现行有效件数", Measure.IN_FORCE,
            "处理决定数量", Measure.DECISIONS, "收费金额", Measure.AMOUNT, "采购总金额", Measure.AMOUNT,
            "本年新制作数量", Measure.NEWLY_MADE, "本年新公开数量", Measure.NEWLY_PUBLISHED,
            "对外公开总数量", Measure.TOTAL_PUBLISHED, "上一年项目数量", Measure.PREVIOUS_YEAR,
            "本年增/减", Measure.CHANGE, "增/减", Measure.CHANGE, "增减", Measure.CHANGE,
            "采购项目数量", Measure.COUNT);

    private ActiveDisclosureTemplate() {
    }

    /** The items of a template with their measures, in template order. */
    public static Map<ActiveItem, List<Measure>> items(Template template) {
        return template.activeDisclosure();
    }

    /**
     * The item a normalised row label names, or {@code null}: its label, with at most two characters around it
     * and any note in brackets after it,
     * or a label of four or more characters with one or two mistyped or dropped (行政事业收费, 政府集中釆购).
     */
    public static ActiveItem item(String label) {
        return ITEMS.get(label, label, ActiveDisclosureTemplate::compare);
    }

    /** Compares the label with every item's. */
    private static ActiveItem compare(String label) {
        String words = withoutNote(Labels.stripNumbering(label));
        ActiveItem closest = null;
        double best = MISTYPED;
        for (Map.Entry<String, ActiveItem> entry : ITEM_LABELS.entrySet()) {
            String key = entry.getKey();
            if (words.equals(key) || (words.length() <= key.length() + 2 && words.contains(key))) {
                return entry.getValue();
            }
            // Most labels (the rows of tables B and C) differ in length too much to come close to an item's.
            double similarity = key.length() >= 4 && Labels.mostSimilar(words, key) >= best
                    ? Labels.similarity(words, key) : 0;
            if (similarity >= best) {
                best = similarity;
                closest = entry.getValue();
            }
        }
        return closest;
    }

    /** The words before a note in brackets; only a label with a bracket is given to the expression. */
    private static String withoutNote(String words) {
        return words.indexOf('(') < 0 ? words : NOTE.matcher(words).replaceFirst("");
    }

    /** The measure a normalised column label names, or {@code null}. */
    public static Measure measure(String label) {
        for (Map.Entry<String, Measure> entry : MEASURE_LABELS.entrySet()) {
            if (label.contains(entry.getKey())) {
                return entry.getValue();
            }
        }
        return null;
    }

    /**
     * The unit of money the template's header gives an item's measure: 万元 for 行政事业性收费's 本年收费金额(单位:万元);
     * empty where the template names none (counts, and 2019's 采购总金额).
     */
    public static String unit(ActiveItem item, Measure measure) {
        return item == ActiveItem.FEES && measure == Measure.AMOUNT ? "万元" : "";
    }

    /** Which template a measure belongs to, where it belongs to one only. */
    public static Template templateOf(Measure measure) {
        return switch (measure) {
            case ISSUED, REPEALED, IN_FORCE -> Template.T2021;
            case NEWLY_MADE, NEWLY_PUBLISHED, TOTAL_PUBLISHED, PREVIOUS_YEAR, CHANGE, COUNT -> Template.T2019;
            case DECISIONS, AMOUNT -> null;
        };
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Map<K, V> ordered(Object... pairs) {
        Map<K, V> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((K) pairs[i], (V) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static <V> Map<String, V> orderedLabels(Object... pairs) {
        return ordered(pairs);
    }
}
