package io.github.gongkai.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a report says about itself.
 *
 * @param title    the report's title (大竹县石子镇人民政府2022年政府信息公开工作年度报告), empty when it has none
 * @param body     the issuing body (石子镇人民政府), when it can be read
 * @param year     the year reported on, when it can be read
 * @param template the template the tables follow, when they could be recognised
 */
public record ReportInfo(String title, Optional<String> body, OptionalInt year, Optional<Template> template) {
    /** Checks the components: none may be null. */
    public ReportInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(template, "template");
    }
}
