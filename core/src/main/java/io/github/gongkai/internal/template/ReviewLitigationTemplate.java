package io.github.gongkai.internal.template;

import io.github.gongkai.model.CaseGroup;
import io.github.gongkai.model.CaseOutcome;
import java.util.List;

/** Table C, 政府信息公开行政复议、行政诉讼情况, as data: three groups of five columns in one data row. */
public final class ReviewLitigationTemplate {

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
        ColumnNode[] outcomes = new ColumnNode[CaseOutcome.values().length];
        for (CaseOutcome outcome : CaseOutcome.values()) {
            outcomes[outcome.ordinal()] = ColumnNode.leaf(outcome.ordinal(), outcome.label());
        }
        return ColumnNode.group(List.of(), outcomes);
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
        ColumnNode[] outcomes = new ColumnNode[CaseOutcome.values().length];
        for (CaseOutcome outcome : CaseOutcome.values()) {
            outcomes[outcome.ordinal()] = ColumnNode.leaf(leaf(group, outcome), outcome.label());
        }
        return ColumnNode.group(List.of(label), outcomes);
    }

    /** The leaf index of a group's outcome column. */
    public static int leaf(CaseGroup group, CaseOutcome outcome) {
        return group.ordinal() * CaseOutcome.values().length + outcome.ordinal();
    }

    /** The group of a leaf index. */
    public static CaseGroup group(int leaf) {
        return CaseGroup.values()[leaf / CaseOutcome.values().length];
    }

    /** The outcome of a leaf index. */
    public static CaseOutcome outcome(int leaf) {
        return CaseOutcome.values()[leaf % CaseOutcome.values().length];
    }
}
