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
    /**
     * A number is written in another unit than its column counts in ({@code 251000元} where the template's header
     * says 万元): the value is the number as written, in the unit the cell names.
     */
    UNIT_DIFFERS(Severity.INFO, "number written in another unit than its column's", "数字所用单位与该列单位不同"),
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
            "文本带有拼音注音,可能是转载镜像而非原始发布"),
    /** The file's recorded address is not on a government domain (.gov.cn): likely a mirror copy. */
    MIRROR_URL(Severity.INFO, "published outside a government domain: likely a mirror copy, not the original",
            "发布地址不在政府网站域名下,可能是转载镜像而非原始发布"),
    /**
     * The text carries an advertisement (a betting site's name) where a report has words: a hijacked mirror that
     * replaced words of the report, which labels and headings may have lost.
     */
    HIJACKED_COPY(Severity.INFO, "text carries advertisement strings: likely a hijacked copy with words replaced",
            "文本中含有广告字符串,可能是被篡改的转载副本,部分文字已被替换"),
    /** A number the text states (共收到申请N件, 办结N件, 行政复议N起) differs from the table. */
    NARRATIVE_TABLE_MISMATCH(Severity.WARNING, "a number stated in the text differs from the table",
            "正文所述数字与表格不符"),
    /** A total the text states differs from the sum of the parts it lists (共…82条。其中,…28条,…39条). */
    NARRATIVE_TOTAL_MISMATCH(Severity.WARNING, "a total stated in the text differs from the sum of its parts",
            "正文所述总数与其分项之和不符"),
    /** The text says no information-processing fee was charged and also states a fee charged. */
    NARRATIVE_FEE_CONTRADICTION(Severity.WARNING, "the text says no fee was charged and states a fee",
            "正文称未收取信息处理费,又列出收费金额"),
    /** The text names a year other than the report's where it speaks of the year reported on. */
    YEAR_MISMATCH(Severity.WARNING, "the text names another year than the report's: likely copied from an earlier report",
            "正文所述年份与报告年度不符,可能沿用了往年报告"),
    /** The text names another body of the same level and type than the one issuing the report. */
    BODY_MISMATCH(Severity.WARNING, "the text names another body of the same level: likely copied from another report",
            "正文出现同级别的其他机关名称,可能沿用了其他机关的报告"),
    /** The tables follow the 2019 template in a report on 2021 or later, or the 2021 template before 2021. */
    TEMPLATE_YEAR_MISMATCH(Severity.INFO, "the tables follow the template of another period than the report's year",
            "表格所用模板与报告年度不符"),
    /** Table B has a data row the template does not (a subtotal, a row of the report's own). */
    TEMPLATE_ROW_ADDED(Severity.INFO, "a row not in the template", "表格中有模板之外的行"),
    /** Table B prints its rows out of the template's order. */
    TEMPLATE_ROW_ORDER(Severity.INFO, "rows out of the template's order", "表格行的顺序与模板不符"),
    /** Template text left unfilled: XX, ××, X月X日, (此处填写). */
    PLACEHOLDER(Severity.WARNING, "a placeholder of the template was left unfilled", "模板占位符未填写"),
    /** An aggregated report's table differs from the sum of its units' reports for the same year. */
    AGGREGATE_MISMATCH(Severity.ERROR, "the aggregated report differs from the sum of its units' reports",
            "汇总报告与所属单位报告之和不符"),
    /** A table is identical to the same body's table of the previous year. */
    COPIED_TABLE(Severity.WARNING, "the table is identical to last year's: likely copied forward",
            "表格与上一年度报告完全相同,可能直接沿用"),
    /**
     * A row has fewer cells than the table has columns (a converter moved a value out of it): its values were
     * placed in their columns by the template's identities rather than by position.
     */
    SHORT_ROW(Severity.WARNING, "a row has fewer cells than columns: its values were placed by the template's identities",
            "该行单元格少于列数,已按勾稽关系确定各数所在列");

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

    /** What the code means, as a message. */
    public Message message() {
        return new Message(english, chinese);
    }
}
