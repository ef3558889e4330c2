package io.github.gongkai.model;

/** Rows of table B, 收到和处理政府信息公开申请情况, in template order. */
public enum RowKey implements Keyed {
    /** 一、本年新收政府信息公开申请数量. */
    NEWLY_RECEIVED("newlyReceived", "一、本年新收政府信息公开申请数量"),
    /** 二、上年结转政府信息公开申请数量. */
    CARRIED_OVER("carriedOver", "二、上年结转政府信息公开申请数量"),
    /** 三、(一)予以公开. */
    GRANTED("granted", "(一)予以公开"),
    /** 三、(二)部分公开(区分处理的,只计这一情形,不计其他情形). */
    PARTIALLY_GRANTED("partiallyGranted", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)"),
    /** (三)不予公开 1.属于国家秘密. */
    DENIED_STATE_SECRET("deniedStateSecret", "1.属于国家秘密"),
    /** (三)不予公开 2.其他法律行政法规禁止公开. */
    DENIED_PROHIBITED_BY_LAW("deniedProhibitedByLaw", "2.其他法律行政法规禁止公开"),
    /** (三)不予公开 3.危及"三安全一稳定". */
    DENIED_THREE_SECURITIES("deniedThreeSecurities", "3.危及\"三安全一稳定\""),
    /** (三)不予公开 4.保护第三方合法权益. */
    DENIED_THIRD_PARTY("deniedThirdParty", "4.保护第三方合法权益"),
    /** (三)不予公开 5.属于三类内部事务信息. */
    DENIED_INTERNAL_AFFAIRS("deniedInternalAffairs", "5.属于三类内部事务信息"),
    /** (三)不予公开 6.属于四类过程性信息. */
    DENIED_PROCESS_INFORMATION("deniedProcessInformation", "6.属于四类过程性信息"),
    /** (三)不予公开 7.属于行政执法案卷. */
    DENIED_ENFORCEMENT_FILES("deniedEnforcementFiles", "7.属于行政执法案卷"),
    /** (三)不予公开 8.属于行政查询事项. */
    DENIED_QUERY_MATTERS("deniedQueryMatters", "8.属于行政查询事项"),
    /** (四)无法提供 1.本机关不掌握相关政府信息. */
    UNABLE_NOT_HELD("unableNotHeld", "1.本机关不掌握相关政府信息"),
    /** (四)无法提供 2.没有现成信息需要另行制作. */
    UNABLE_NEEDS_CREATION("unableNeedsCreation", "2.没有现成信息需要另行制作"),
    /** (四)无法提供 3.补正后申请内容仍不明确. */
    UNABLE_UNCLEAR("unableUnclear", "3.补正后申请内容仍不明确"),
    /** (五)不予处理 1.信访举报投诉类申请. */
    REJECTED_PETITION("rejectedPetition", "1.信访举报投诉类申请"),
    /** (五)不予处理 2.重复申请. */
    REJECTED_REPEATED("rejectedRepeated", "2.重复申请"),
    /** (五)不予处理 3.要求提供公开出版物. */
    REJECTED_PUBLICATION("rejectedPublication", "3.要求提供公开出版物"),
    /** (五)不予处理 4.无正当理由大量反复申请. */
    REJECTED_EXCESSIVE("rejectedExcessive", "4.无正当理由大量反复申请"),
    /** (五)不予处理 5.要求行政机关确认或重新出具已获取信息. */
    REJECTED_CONFIRMATION("rejectedConfirmation", "5.要求行政机关确认或重新出具已获取信息"),
    /** (六)其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 (2021). */
    OTHER_NO_CORRECTION("otherNoCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    /** (六)其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 (2021). */
    OTHER_NO_FEE("otherNoFee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    /** (六)其他处理 3.其他 (2021). */
    OTHER_OTHER("otherOther", "3.其他"),
    /** (六)其他处理: the single row of 2019; in 2021 reports the sum of its three sub-rows. */
    OTHER("other", "(六)其他处理"),
    /** (七)总计. */
    TOTAL_PROCESSED("totalProcessed", "(七)总计"),
    /** 四、结转下年度继续办理. */
    CARRIED_FORWARD("carriedForward", "四、结转下年度继续办理");

    private final String key;
    private final String label;

    RowKey(String key, String label) {
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
