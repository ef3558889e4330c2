package io.github.gongkai.internal.map;

import io.github.gongkai.document.Origin;
import io.github.gongkai.internal.template.ApplicationsTemplate;
import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.Template;
import io.github.gongkai.model.Value;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * Completes table B's (六)其他处理 row: in the 2021 template it is the sum of its three sub-rows, which the
 * contract reports as {@code other} too; in the 2019 template it is a row of its own.
 */
final class OtherRow {
    private OtherRow() {
    }

    static Map<RowKey, Map<Applicant, Value>> complete(Map<RowKey, Map<Applicant, Value>> rows, Template template) {
        Map<RowKey, Map<Applicant, Value>> complete = new EnumMap<>(RowKey.class);
        complete.putAll(rows);
        if (template == Template.T2019) {
            ApplicationsTemplate.OTHER_SUB_ROWS.forEach(complete::remove);
            return complete;
        }
        if (ApplicationsTemplate.OTHER_SUB_ROWS.stream().noneMatch(rows::containsKey)) {
            return complete;
        }
        Map<Applicant, Value> sums = new EnumMap<>(Applicant.class);
        for (Applicant applicant : Applicant.values()) {
            sums.put(applicant, sum(rows, applicant));
        }
        complete.put(RowKey.OTHER, sums);
        return complete;
    }

    private static Value sum(Map<RowKey, Map<Applicant, Value>> rows, Applicant applicant) {
        BigDecimal total = BigDecimal.ZERO;
        for (RowKey row : ApplicationsTemplate.OTHER_SUB_ROWS) {
            Value value = rows.getOrDefault(row, Map.of()).getOrDefault(applicant, Value.ABSENT);
            if (!value.isReported()) {
                return Value.notReported("", Origin.UNKNOWN);
            }
            total = total.add(value.number().orElseThrow());
        }
        return Value.reported(total, "", Origin.UNKNOWN);
    }
}
