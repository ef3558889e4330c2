package io.github.gongkai.view;

import io.github.gongkai.model.Language;

/** The page's own words in both languages; the report's text is shown as written. */
enum Words {
    UNTITLED("Untitled report", "无标题报告"),
    BODY("Issuing body", "发布机关"),
    YEAR("Year", "年度"),
    TEMPLATE("Template", "模板"),
    FILE("File", "文件"),
    FORMAT("Format", "格式"),
    PAGES("Pages", "页数"),
    ADDRESS("Address", "网址"),
    WARNINGS("Reading warnings", "读取警告"),
    LEGEND("Cells", "单元格图例"),
    TABLE_A("Table A · proactive disclosure", "表一 · 主动公开政府信息情况"),
    TABLE_B("Table B · applications received and handled", "表二 · 收到和处理政府信息公开申请情况"),
    TABLE_C("Table C · administrative review and litigation", "表三 · 政府信息公开行政复议、行政诉讼情况"),
    NO_TABLE("Not found in the report.", "报告中未找到此表。"),
    CONTENT("Item", "信息内容"),
    SELECTED("Selected cell", "所选单元格"),
    SELECT_HINT("Point at or select a cell to see what the report said there.", "指向或选择一个单元格，查看报告原文。"),
    RAW("Text as read", "原文"),
    ORIGIN("Origin", "位置"),
    STATE("State", "状态"),
    READING("Reading", "读取方式"),
    AROUND("Around it", "上下文"),
    EVIDENCE("Evidence", "原页截图"),
    FINDINGS("Findings", "相关问题"),
    ANOMALIES("Anomalies", "异常"),
    NO_ANOMALIES("No anomaly.", "无异常。"),
    EXPECTED("expected", "应为"),
    ACTUAL("actual", "实为"),
    CHECKS("Checks", "校验"),
    CHECK("Identity", "校验项"),
    OUTCOME("Outcome", "结果"),
    PASS("pass", "通过"),
    FAIL("fail", "不通过"),
    NOT_ASSESSABLE("not assessable", "无法判断"),
    SECTIONS("Sections", "正文"),
    NO_PICTURE("No picture: the file could not be rendered.", "无截图：文件无法渲染。"),
    INDEX_TITLE("Corpus", "语料总览"),
    REPORTS("reports", "份报告"),
    ERRORS("errors", "错误"),
    WARNING_COUNT("warnings", "警告"),
    INFOS("info", "提示"),
    DUPLICATE_OF("Duplicate of", "重复于"),
    ALL_CODES("every code", "全部代码"),
    ALL_SEVERITIES("every severity", "全部级别"),
    SEVERITY("Severity", "级别"),
    SHOWN("shown", "显示"),
    PER_YEAR("Reports per year", "各年度报告数"),
    BY_CODE("Anomaly codes by frequency", "异常代码频次"),
    CODES("Codes", "代码");

    private final String english;
    private final String chinese;

    Words(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    String in(Language language) {
        return language == Language.ZH ? chinese : english;
    }
}
