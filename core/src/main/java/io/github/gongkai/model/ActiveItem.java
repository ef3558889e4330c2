package io.github.gongkai.model;

/** Items of table A, 主动公开政府信息情况. Which items a report has depends on its {@link Template}. */
public enum ActiveItem implements Keyed {
    /** 规章. */
    RULES("rules", "规章"),
    /** 行政规范性文件 (2021), 规范性文件 (2019). */
    NORMATIVE_DOCUMENTS("normativeDocuments", "行政规范性文件"),
    /** 行政许可. */
    LICENSING("licensing", "行政许可"),
    /** 其他对外管理服务事项 (2019 only). */
    OTHER_SERVICES("otherServices", "其他对外管理服务事项"),
    /** 行政处罚. */
    PUNISHMENT("punishment", "行政处罚"),
    /** 行政强制. */
    ENFORCEMENT("enforcement", "行政强制"),
    /** 行政事业性收费. */
    FEES("fees", "行政事业性收费"),
    /** 政府集中采购 (2019 only). */
    PROCUREMENT("procurement", "政府集中采购");

    private final String key;
    private final String label;

    ActiveItem(String key, String label) {
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
