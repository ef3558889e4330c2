package io.github.gongkai.internal.check;

import io.github.gongkai.internal.template.ActiveDisclosureTemplate;
import io.github.gongkai.internal.text.Numbers;
import io.github.gongkai.model.ActiveItem;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Figures;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Measure;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.TableKind;
import io.github.gongkai.model.Value;
import java.util.Map;

/**
 * Money written in another unit than its column counts in: {@code 251000元} under 本年收费金额(单位:万元). The number
 * stays the report's as written; the reader is told which unit it is in, since adding it to other reports' 万元
 * would be off by ten thousand. A header that declares the unit the cells use ({@code (单位:元)}) makes it the
 * column's unit.
 */
final class UnitRules implements Rule {
    @Override
    public void check(ReportContext context, Findings findings) {
        context.report().activeDisclosure().ifPresent(table -> units(table, context.observations().declaredUnits(),
                findings));
    }

    private static void units(Figures<ActiveItem, Measure> table, Map<ActiveItem, String> declaredUnits,
                              Findings findings) {
        for (Map.Entry<ActiveItem, Map<Measure, Value>> row : table.rows().entrySet()) {
            for (Map.Entry<Measure, Value> cell : row.getValue().entrySet()) {
                Value value = cell.getValue();
                String column = declaredUnits.getOrDefault(row.getKey(),
                        ActiveDisclosureTemplate.unit(row.getKey(), cell.getKey()));
                if (!value.isReported() || value.unit().isEmpty() || column.isEmpty()
                        || !Numbers.isMoney(value.unit()) || Numbers.sameMoneyUnit(value.unit(), column)) {
                    continue;
                }
                String where = row.getKey().key() + "." + cell.getKey().key();
                String number = value.number().orElseThrow().toPlainString();
                findings.add(Anomaly.of(AnomalyCode.UNIT_DIFFERS, new Message(
                        where + ": " + number + " is written in " + value.unit() + ", the column counts in " + column,
                        where + ":" + number + "的单位为" + value.unit() + ",该列单位为" + column),
                        Location.cell(TableKind.ACTIVE_DISCLOSURE, row.getKey(), cell.getKey(), value.origin()),
                        value.raw()));
            }
        }
    }
}
