package io.github.gongkai.model;

/** The three groups of table C, 政府信息公开行政复议、行政诉讼情况. */
public enum CaseGroup implements Keyed {
    /** 行政复议. */
    REVIEW("review", "行政复议"),
    /** 行政诉讼 · 未经复议直接起诉. */
    LITIGATION_DIRECT("litigationDirect", "未经复议直接起诉"),
    /** 行政诉讼 · 复议后起诉. */
    LITIGATION_AFTER_REVIEW("litigationAfterReview", "复议后起诉");

    private final String key;
    private final String label;

    CaseGroup(String key, String label) {
        this.key = key;
        this.label = label;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }
}
