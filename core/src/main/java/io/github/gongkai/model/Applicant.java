package io.github.gongkai.model;

/** Columns of table B: the applicant types, 申请人情况, and their total. */
public enum Applicant implements Keyed {
    /** 自然人. */
    NATURAL_PERSON("naturalPerson", "自然人"),
    /** 法人或其他组织 · 商业企业. */
    COMMERCIAL("commercial", "商业企业"),
    /** 法人或其他组织 · 科研机构. */
    RESEARCH("research", "科研机构"),
    /** 法人或其他组织 · 社会公益组织. */
    PUBLIC_INTEREST("publicInterest", "社会公益组织"),
    /** 法人或其他组织 · 法律服务机构. */
    LEGAL_SERVICE("legalService", "法律服务机构"),
    /** 法人或其他组织 · 其他. */
    OTHER("other", "其他"),
    /** 总计. */
    TOTAL("total", "总计");

    private final String key;
    private final String label;

    Applicant(String key, String label) {
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
