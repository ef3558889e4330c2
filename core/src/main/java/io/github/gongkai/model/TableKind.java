package io.github.gongkai.model;

/** The three tables of the template. */
public enum TableKind {
    /** Table A, 主动公开政府信息情况, in section 二. */
    ACTIVE_DISCLOSURE("activeDisclosure", 2),
    /** Table B, 收到和处理政府信息公开申请情况, in section 三. */
    APPLICATIONS("applications", 3),
    /** Table C, 政府信息公开行政复议、行政诉讼情况, in section 四. */
    REVIEW_LITIGATION("reviewLitigation", 4);

    private final String key;
    private final int section;

    TableKind(String key, int section) {
        this.key = key;
        this.section = section;
    }

    /** The table's key in the JSON contract. */
    public String key() {
        return key;
    }

    /** The number of the section the template puts it in. */
    public int section() {
        return section;
    }
}
