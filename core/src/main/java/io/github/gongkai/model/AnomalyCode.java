package io.github.gongkai.model;

/**
 * The stable codes of anomalies, each with its severity. The names are part of the JSON contract: batch
 * outputs and researchers' scripts filter on them.
 */
public enum AnomalyCode {
    /** Table B: a row's 总计 is not the sum of its six applicant columns. */
    APPLICATIONS_ROW_TOTAL(Severity.ERROR, "row total differs from the sum of the applicant columns",
            "总计与各类申请人之和不符"),
    /** Table B: (七)总计 is not the sum of the outcome rows (一)–(六) in a column. */
    APPLICATIONS_COLUMN_TOTAL(Severity.ERROR, "(七)总计 differs from the sum of the outcomes (一)–(六)",
            "(七)总计与办理结果(一)至(六)之和不符"),
    /** Table B: 一 + 二 is not (七)总计 + 四 in a column. */
    APPLICATIONS_BALANCE(Severity.ERROR, "new plus carried-over applications differ from processed plus carried-forward",
            "第一项加第二项之和不等于第三项加第四项之和"),
    /** Table C: a group's 总计 is not the sum of its four outcomes. */
    REVIEW_LITIGATION_TOTAL(Severity.ERROR, "total differs from the sum of upheld, corrected, other and pending",
            "总计与结果维持、结果纠正、其他结果、尚未审结之和不符"),
    /** A count is negative where only 本年增/减 may be. */
    NEGATIVE_COUNT(Severity.WARNING, "negative count", "数量为负数"),
    /** A count has a fraction where only money may. */
    FRACTIONAL_COUNT(Severity.WARNING, "fractional count", "数量含小数"),
    /** A number cell holds text that is not a number. */
    UNREADABLE_CELL(Severity.WARNING, "cell text is not a number", "单元格内容不是数字"),
    /** A number cell is blank or holds a dash, / or 无: not reported. */
    NOT_REPORTED(Severity.INFO, "cell not reported (blank or dash)", "单元格未填报"),
    /** One of the six numbered sections was not found. */
    MISSING_SECTION(Severity.INFO, "section not found", "未找到该部分"),
    /** One of the tables A, B, C was not found. */
    MISSING_TABLE(Severity.INFO, "table not found", "未找到该表格"),
    /** A template row of a table was not found. */
    MISSING_ROW(Severity.INFO, "template row not found", "未找到模板中的该行"),
    /** This year's 二、上年结转 differs from last year's 四、结转下年度继续办理 for the same body. */
    CARRY_OVER_MISMATCH(Severity.ERROR, "carried over from last year differs from what last year's report carried forward",
            "上年结转数与上一年度报告的结转下年度继续办理数不符"),
    /** The text carried pinyin annotations: likely a copy on a mirror site, not the original. */
    PINYIN_MIRROR(Severity.INFO, "text carries pinyin annotations: likely a mirror copy, not the original",
            "文本带有拼音注音,可能是转载镜像而非原始发布");

    private final Severity severity;
    private final String english;
    private final String chinese;

    AnomalyCode(Severity severity, String english, String chinese) {
        this.severity = severity;
        this.english = english;
        this.chinese = chinese;
    }

    /** How serious an anomaly of this code is. */
    public Severity severity() {
        return severity;
    }

    /** What the code means, in English. */
    public String english() {
        return english;
    }

    /** What the code means, in Chinese. */
    public String chinese() {
        return chinese;
    }
}
