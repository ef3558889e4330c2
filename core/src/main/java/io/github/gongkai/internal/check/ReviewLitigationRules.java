package io.github.gongkai.internal.check;

import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.CaseGroup;
import io.github.gongkai.model.CaseOutcome;
import io.github.gongkai.model.Figures;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.TableKind;
import io.github.gongkai.model.Value;
import java.util.List;

/** The identity of table C: in each group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
final class ReviewLitigationRules implements Rule {
    @Override
    public void check(ReportContext context, Findings findings) {
        context.report().reviewLitigation().ifPresent(table -> identities(table, findings));
    }

    private static void identities(Figures<CaseGroup, CaseOutcome> table, Findings findings) {
        for (CaseGroup group : CaseGroup.values()) {
            Value total = table.get(group, CaseOutcome.TOTAL);
            List<Value> parts = List.of(table.get(group, CaseOutcome.UPHELD), table.get(group, CaseOutcome.CORRECTED),
                    table.get(group, CaseOutcome.OTHER), table.get(group, CaseOutcome.PENDING));
            findings.identity("reviewLitigation.total." + group.key(), AnomalyCode.REVIEW_LITIGATION_TOTAL,
                    new Message(group.label() + ": 总计 differs from the sum of its outcomes",
                            group.label() + ":总计与各项结果之和不符"),
                    Location.cell(TableKind.REVIEW_LITIGATION, group, CaseOutcome.TOTAL, total.origin()),
                    parts, List.of(total));
        }
    }
}
