package io.github.gongkai.model;

/** Measures (columns) of table A. Which measures an item has depends on the {@link Template}. */
public enum Measure implements Keyed {
    /** 本年制发件数 (2021). */
    ISSUED("issued", "本年制发件数"),
    /** 本年废止件数 (2021). */
    REPEALED("repealed", "本年废止件数"),
    /** 现行有效件数 (2021). */
    IN_FORCE("inForce", "现行有效件数"),
    /** 本年处理决定数量 (2021), 处理决定数量 (2019). */
    DECISIONS("decisions", "本年处理决定数量"),
    /** 本年收费金额(单位:万元) (2021), 采购总金额 (2019 procurement): money, may be fractional. */
    AMOUNT("amount", "本年收费金额(单位:万元)"),
    /** 本年新制作数量 (2019). */
    NEWLY_MADE("newlyMade", "本年新制作数量"),
    /** 本年新公开数量 (2019). */
    NEWLY_PUBLISHED("newlyPublished", "本年新公开数量"),
    /** 对外公开总数量 (2019). */
    TOTAL_PUBLISHED("totalPublished", "对外公开总数量"),
    /** 上一年项目数量 (2019). */
    PREVIOUS_YEAR("previousYear", "上一年项目数量"),
    /** 本年增/减 (2019): the one signed count in the template. */
    CHANGE("change", "本年增/减"),
    /** 采购项目数量 (2019). */
    COUNT("count", "采购项目数量");

    private final String key;
    private final String label;

    Measure(String key, String label) {
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

    /** Whether the measure is an amount of money, which may be fractional. */
    public boolean isMoney() {
        return this == AMOUNT;
    }

    /** Whether the measure may be negative. */
    public boolean isSigned() {
        return this == CHANGE;
    }
}
