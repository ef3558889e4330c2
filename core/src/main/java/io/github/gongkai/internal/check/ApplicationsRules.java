package io.github.gongkai.internal.check;

import io.github.gongkai.internal.template.ApplicationsTemplate;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.Figures;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.TableKind;
import io.github.gongkai.model.Template;
import io.github.gongkai.model.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The identities of table B: every row's 总计 is the sum of the applicant columns; in every column (七)总计 is
 * the sum of the outcomes (一) to (六), and 一 + 二 = (七)总计 + 四.
 */
final class ApplicationsRules implements Rule {
    private static final List<Applicant> APPLICANTS = List.of(Applicant.NATURAL_PERSON, Applicant.COMMERCIAL,
            Applicant.RESEARCH, Applicant.PUBLIC_INTEREST, Applicant.LEGAL_SERVICE, Applicant.OTHER);

    @Override
    public void check(ReportContext context, Findings findings) {
        context.report().applications().ifPresent(table -> identities(table, context.template(), findings));
    }

    private static void identities(Figures<RowKey, Applicant> table, Template template, Findings findings) {
        for (RowKey row : ApplicationsTemplate.rows(template)) {
            if (isDerived(row, template, table) || !table.rowKeys().contains(row)) {
                continue;
            }
            List<Value> parts = new ArrayList<>();
            APPLICANTS.forEach(applicant -> parts.add(table.get(row, applicant)));
            Value total = table.get(row, Applicant.TOTAL);
            findings.identity("applications.rowTotal." + row.key(), AnomalyCode.APPLICATIONS_ROW_TOTAL,
                    new Message(row.label() + ": 总计 differs from the sum of the applicant columns",
                            row.label() + ":总计与各类申请人之和不符"),
                    location(row, Applicant.TOTAL, total), parts, List.of(total));
        }
        for (Applicant column : Applicant.values()) {
            List<Value> outcomes = new ArrayList<>();
            outcomeRows(template, table).forEach(row -> outcomes.add(table.get(row, column)));
            Value total = table.get(RowKey.TOTAL_PROCESSED, column);
            findings.identity("applications.columnTotal." + column.key(), AnomalyCode.APPLICATIONS_COLUMN_TOTAL,
                    new Message(column.label() + ": (七)总计 differs from the sum of (一) to (六)",
                            column.label() + ":(七)总计与(一)至(六)之和不符"),
                    location(RowKey.TOTAL_PROCESSED, column, total), outcomes, List.of(total));
            Value carriedForward = table.get(RowKey.CARRIED_FORWARD, column);
            findings.identity("applications.balance." + column.key(), AnomalyCode.APPLICATIONS_BALANCE,
                    new Message(column.label() + ": 一 + 二 differs from (七)总计 + 四",
                            column.label() + ":第一项加第二项之和不等于第三项加第四项之和"),
                    location(RowKey.CARRIED_FORWARD, column, carriedForward),
                    List.of(table.get(RowKey.NEWLY_RECEIVED, column), table.get(RowKey.CARRIED_OVER, column)),
                    List.of(total, carriedForward));
        }
    }

    /**
     * Whether a row is the sum of others rather than stated: (六)其他处理 in a 2021-template report that
     * has the (六) sub-rows.
     */
    static boolean isDerived(RowKey row, Template template, Figures<RowKey, Applicant> table) {
        return row == RowKey.OTHER && template == Template.T2021 && hasOtherSubRows(table);
    }

    private static boolean hasOtherSubRows(Figures<RowKey, Applicant> table) {
        return ApplicationsTemplate.OTHER_SUB_ROWS.stream().anyMatch(table.rowKeys()::contains);
    }

    /**
     * The rows (七)总计 adds up: the template's outcomes, with the stated (六) row in place of the sub-rows
     * where a 2021-template report kept the 2019 layout of (六).
     */
    private static List<RowKey> outcomeRows(Template template, Figures<RowKey, Applicant> table) {
        if (template == Template.T2021 && !hasOtherSubRows(table) && table.rowKeys().contains(RowKey.OTHER)) {
            return ApplicationsTemplate.outcomeRows(Template.T2019);
        }
        return ApplicationsTemplate.outcomeRows(template);
    }

    private static Location location(RowKey row, Applicant column, Value value) {
        return Location.cell(TableKind.APPLICATIONS, row, column, value.origin());
    }
}
