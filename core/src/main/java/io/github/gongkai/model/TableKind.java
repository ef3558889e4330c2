package io.github.gongkai.model;

/** The three tables of the template, with the section each stands in and its key in the JSON contract. */
public enum TableKind implements Keyed {
    /** Table A, 主动公开政府信息情况, in section 二. */
    ACTIVE_DISCLOSURE("activeDisclosure", 2, "主动公开政府信息情况"),
    /** Table B, 收到和处理政府信息公开申请情况, in section 三. */
    APPLICATIONS("applications", 3, "收到和处理政府信息公开申请情况"),
    /** Table C, 政府信息公开行政复议、行政诉讼情况, in section 四. */
    REVIEW_LITIGATION("reviewLitigation", 4, "政府信息公开行政复议、行政诉讼情况");

    private final String key;
    private final int section;
    private final String label;

    TableKind(String key, int section, String label) {
        this.key = key;
        this.section = section;
        this.label = label;
    }

    /** The table's key in the JSON contract. */
    @Override
    public String key() {
        return key;
    }

    /** The table's name, as the template's section heading gives it. */
    @Override
    public String label() {
        return label;
    }

    /** The number of the section the template puts it in. */
    public int section() {
        return section;
    }
}
