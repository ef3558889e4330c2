package io.github.gongkai.internal.check;

import io.github.gongkai.document.Origin;
import io.github.gongkai.internal.template.ActiveDisclosureTemplate;
import io.github.gongkai.internal.template.ApplicationsTemplate;
import io.github.gongkai.internal.template.SectionTemplate;
import io.github.gongkai.model.ActiveItem;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.Section;
import io.github.gongkai.model.Template;

/** What the template has and the report does not: sections, tables, rows. */
final class CompletenessRules {
    private CompletenessRules() {
    }

    static void check(Report report, Findings findings) {
        for (int number = 1; number <= 6; number++) {
            if (report.section(number).isEmpty()) {
                findings.add(Anomaly.of(AnomalyCode.MISSING_SECTION,
                        new Message("section " + number + " (" + SectionTemplate.title(number) + ") not found",
                                "未找到第" + number + "部分(" + SectionTemplate.title(number) + ")"),
                        Location.section(number, Origin.UNKNOWN), ""));
            }
        }
        Template template = report.info().template().orElse(null);
        if (template == null || template == Template.LEGACY) {
            return;
        }
        if (report.activeDisclosure().isEmpty()) {
            missingTable(2, "activeDisclosure", "主动公开政府信息情况", report, findings);
        } else {
            for (ActiveItem item : ActiveDisclosureTemplate.items(template).keySet()) {
                if (!report.activeDisclosure().get().rowKeys().contains(item)) {
                    missingRow(2, "activeDisclosure", item.key(), item.label(), findings);
                }
            }
        }
        if (report.applications().isEmpty()) {
            missingTable(3, "applications", "收到和处理政府信息公开申请情况", report, findings);
        } else {
            for (RowKey row : ApplicationsTemplate.rows(template)) {
                boolean stated = row != RowKey.OTHER || template == Template.T2019;
                if (stated && !report.applications().get().rowKeys().contains(row)) {
                    missingRow(3, "applications", row.key(), row.label(), findings);
                }
            }
        }
        if (report.reviewLitigation().isEmpty()) {
            missingTable(4, "reviewLitigation", "政府信息公开行政复议、行政诉讼情况", report, findings);
        }
    }

    private static void missingTable(int section, String table, String name, Report report, Findings findings) {
        Origin origin = report.section(section).map(Section::origin).orElse(Origin.UNKNOWN);
        findings.add(Anomaly.of(AnomalyCode.MISSING_TABLE,
                new Message("table " + table + " (" + name + ") not found", "未找到表格:" + name),
                new Location(section, table, "", "", origin), ""));
    }

    private static void missingRow(int section, String table, String row, String label, Findings findings) {
        findings.add(Anomaly.of(AnomalyCode.MISSING_ROW, new Message("row " + label + " not found", "未找到行:" + label),
                new Location(section, table, row, "", Origin.UNKNOWN), ""));
    }
}
