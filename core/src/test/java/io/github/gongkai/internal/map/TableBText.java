package io.github.gongkai.internal.map;

/** Table B of the 2021 template as pipe-delimited text, for tests that write its rows with cells of their own. */
final class TableBText {
    /** The section heading and the header rows above the first row of numbers. */
    static final String HEADER = "三、收到和处理政府信息公开申请情况\n"
            + "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |\n"
            + "自然人 | 法人或其他组织 | 总计 |\n"
            + "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |\n";
    /** The row labels, group labels before their first row, in the template's order. */
    static final String[] ROWS = {
        "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果 | (一)予以公开",
        "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "(三)不予公开 | 1.属于国家秘密", "2.其他法律行政法规禁止公开",
        "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷",
        "8.属于行政查询事项", "(四)无法提供 | 1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
        "(五)不予处理 | 1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
        "5.要求行政机关确认或重新出具已获取信息",
        "(六)其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他", "(七)总计", "四、结转下年度继续办理"};

    private TableBText() {
    }
}
