package io.github.gongkai.internal.map;

import io.github.gongkai.model.ActiveItem;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.RowKey;
import java.util.List;
import java.util.Map;

/**
 * What the map stage gives the checks: the report, and what the mapping saw that the report itself does not
 * keep.
 *
 * @param report          the mapped report, without findings
 * @param pinyinAnnotated whether the text carried pinyin annotations (a pinyin mirror's copy)
 * @param addedRows       labels of table B rows the template does not have
 * @param rowOrder        table B's rows in the order the report printed them
 * @param declaredUnits   the unit of money each table A item's header declares, where it declares one
 * @param repairs         what the mapping repaired or could not read, as anomalies
 */
public record Mapping(Report report, boolean pinyinAnnotated, List<String> addedRows, List<RowKey> rowOrder,
                      Map<ActiveItem, String> declaredUnits, List<Anomaly> repairs) {
    public Mapping {
        addedRows = List.copyOf(addedRows);
        rowOrder = List.copyOf(rowOrder);
        declaredUnits = Map.copyOf(declaredUnits);
        repairs = List.copyOf(repairs);
    }
}
