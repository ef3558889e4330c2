package io.github.gongkai.internal.check;

import io.github.gongkai.document.Origin;
import io.github.gongkai.internal.template.ActiveDisclosureTemplate;
import io.github.gongkai.internal.template.ApplicationsTemplate;
import io.github.gongkai.internal.template.SectionTemplate;
import io.github.gongkai.model.ActiveItem;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Keyed;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.Section;
import io.github.gongkai.model.TableKind;
import io.github.gongkai.model.Template;

/** What the template has and the report does not: sections, tables, rows. */
final class CompletenessRules implements Rule {
    @Override
    public void check(ReportContext context, Findings findings) {
        Report report = context.report();
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
            missingTable(TableKind.ACTIVE_DISCLOSURE, report, findings);
        } else {
            for (ActiveItem item : ActiveDisclosureTemplate.items(template).keySet()) {
                if (!report.activeDisclosure().get().rowKeys().contains(item)) {
                    missingRow(TableKind.ACTIVE_DISCLOSURE, item, findings);
                }
            }
        }
        if (report.applications().isEmpty()) {
            missingTable(TableKind.APPLICATIONS, report, findings);
        } else {
            for (RowKey row : ApplicationsTemplate.rows(template)) {
                boolean stated = row != RowKey.OTHER || template == Template.T2019;
                if (stated && !report.applications().get().rowKeys().contains(row)) {
                    missingRow(TableKind.APPLICATIONS, row, findings);
                }
            }
        }
        if (report.reviewLitigation().isEmpty()) {
            missingTable(TableKind.REVIEW_LITIGATION, report, findings);
        }
    }

    private static void missingTable(TableKind table, Report report, Findings findings) {
        Origin origin = report.section(table.section()).map(Section::origin).orElse(Origin.UNKNOWN);
        findings.add(Anomaly.of(AnomalyCode.MISSING_TABLE,
                new Message("table " + table.key() + " (" + table.label() + ") not found", "未找到表格:" + table.label()),
                Location.table(table, origin), ""));
    }

    private static void missingRow(TableKind table, Keyed row, Findings findings) {
        findings.add(Anomaly.of(AnomalyCode.MISSING_ROW,
                new Message("row " + row.label() + " not found", "未找到行:" + row.label()),
                Location.row(table, row, Origin.UNKNOWN), ""));
    }
}
