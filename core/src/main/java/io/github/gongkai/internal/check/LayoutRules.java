package io.github.gongkai.internal.check;

import io.github.gongkai.document.Origin;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.TableKind;
import java.util.List;

/**
 * Table B's rows against the template's: rows the report added (a subtotal of 不予公开, a row of its own) and
 * rows printed out of the template's order. Rows missing or renamed beyond recognition are found as missing
 * rows by {@link CompletenessRules}.
 */
final class LayoutRules implements Rule {
    @Override
    public void check(ReportContext context, Findings findings) {
        Observations observations = context.observations();
        for (String label : observations.addedRows()) {
            findings.add(Anomaly.of(AnomalyCode.TEMPLATE_ROW_ADDED, new Message("row " + label + " is not in the template",
                    "模板中没有此行:" + label), Location.table(TableKind.APPLICATIONS, Origin.UNKNOWN), label));
        }
        List<RowKey> order = observations.rowOrder();
        for (int i = 1; i < order.size(); i++) {
            if (order.get(i).ordinal() < order.get(i - 1).ordinal()) {
                RowKey row = order.get(i);
                findings.add(Anomaly.of(AnomalyCode.TEMPLATE_ROW_ORDER, new Message(
                        "row " + row.label() + " follows " + order.get(i - 1).label() + ", against the template's order",
                        "行“" + row.label() + "”位于“" + order.get(i - 1).label() + "”之后,与模板顺序不符"),
                        Location.row(TableKind.APPLICATIONS, row, Origin.UNKNOWN), row.label()));
                return;
            }
        }
    }
}
