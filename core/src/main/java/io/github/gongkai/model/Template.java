package io.github.gongkai.model;

/** Which version of the State Council's template a report follows. */
public enum Template {
    /** The 2019 template, for reports on 2019 and 2020. */
    T2019("2019"),
    /** The 2021 template, for reports on 2021 onwards. */
    T2021("2021"),
    /** A report from before 2019, which follows no national grid. */
    LEGACY("legacy");

    private final String key;

    Template(String key) {
        this.key = key;
    }

    /** The value of {@code report.template} in the JSON contract. */
    public String key() {
        return key;
    }
}
