package io.github.gongkai.internal.template;

import io.github.gongkai.model.CaseGroup;
import io.github.gongkai.model.CaseOutcome;
import java.util.List;
import java.util.Map;

/** Table C, 政府信息公开行政复议、行政诉讼情况, as data: three groups of five columns in one data row. */
public final class ReviewLitigationTemplate {
    /** The outcome columns in the order the template prints them in each group; an outcome's leaf is its place here. */
    public static final List<CaseOutcome> OUTCOME_COLUMNS = List.of(CaseOutcome.UPHELD, CaseOutcome.CORRECTED,
            CaseOutcome.OTHER, CaseOutcome.PENDING, CaseOutcome.TOTAL);

    /** The groups in the order the template prints them. */
    public static final List<CaseGroup> GROUP_COLUMNS = List.of(CaseGroup.REVIEW, CaseGroup.LITIGATION_DIRECT,
            CaseGroup.LITIGATION_AFTER_REVIEW);

    private static final Map<CaseOutcome, Integer> OUTCOME_LEAVES = ColumnNode.places(CaseOutcome.class, OUTCOME_COLUMNS);
    private static final Map<CaseGroup, Integer> GROUP_PLACES = ColumnNode.places(CaseGroup.class, GROUP_COLUMNS);

    /** The header: 行政复议 over five outcomes; 行政诉讼 over 未经复议直接起诉 and 复议后起诉, each over five. */
    public static final ColumnNode COLUMNS = ColumnNode.group(List.of("政府信息公开行政复议、行政诉讼情况"),
            group(CaseGroup.REVIEW, "行政复议"),
            ColumnNode.group(List.of("行政诉讼"),
                    group(CaseGroup.LITIGATION_DIRECT, "未经复议直接起诉"),
                    group(CaseGroup.LITIGATION_AFTER_REVIEW, "复议后起诉")));

    /** The header of the table turned on its side, one row per group: the five outcomes, leaf = outcome. */
    public static final ColumnNode OUTCOMES = outcomes();

    private ReviewLitigationTemplate() {
    }

    private static ColumnNode outcomes() {
        return ColumnNode.group(List.of(), OUTCOME_COLUMNS.stream()
                .map(outcome -> ColumnNode.leaf(leaf(outcome), outcome.label())).toArray(ColumnNode[]::new));
    }

    /**
     * The group a row label names in the table turned on its side ({@code 行政诉讼(未经复议直接起诉)}), or
     * {@code null}: the litigation groups first, since both mention 复议.
     */
    public static CaseGroup groupNamed(String label) {
        if (label.contains("未经复议") || label.contains("直接起诉")) {
            return CaseGroup.LITIGATION_DIRECT;
        }
        if (label.contains("复议后")) {
            return CaseGroup.LITIGATION_AFTER_REVIEW;
        }
        return label.contains("行政复议") ? CaseGroup.REVIEW : null;
    }

    private static ColumnNode group(CaseGroup group, String label) {
        return ColumnNode.group(List.of(label), OUTCOME_COLUMNS.stream()
                .map(outcome -> ColumnNode.leaf(leaf(group, outcome), outcome.label())).toArray(ColumnNode[]::new));
    }

    /** The leaf of an outcome's column in {@link #OUTCOMES}. */
    public static int leaf(CaseOutcome outcome) {
        return OUTCOME_LEAVES.get(outcome);
    }

    /** The leaf index of a group's outcome column in {@link #COLUMNS}. */
    public static int leaf(CaseGroup group, CaseOutcome outcome) {
        return GROUP_PLACES.get(group) * OUTCOME_COLUMNS.size() + leaf(outcome);
    }

    /** The group of a leaf index of {@link #COLUMNS}. */
    public static CaseGroup group(int leaf) {
        return GROUP_COLUMNS.get(leaf / OUTCOME_COLUMNS.size());
    }

    /** The outcome of a leaf index of {@link #COLUMNS} or {@link #OUTCOMES}. */
    public static CaseOutcome outcome(int leaf) {
        return OUTCOME_COLUMNS.get(leaf % OUTCOME_COLUMNS.size());
    }

    /** The group printed after another ({@code null}: the first), or {@code null} after the last. */
    public static CaseGroup groupAfter(CaseGroup previous) {
        int next = previous == null ? 0 : GROUP_PLACES.get(previous) + 1;
        return next < GROUP_COLUMNS.size() ? GROUP_COLUMNS.get(next) : null;
    }
}
