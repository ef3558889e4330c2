package io.github.gongkai.internal.check;

import io.github.gongkai.model.ActiveItem;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.RowKey;
import java.util.List;
import java.util.Map;

/**
 * What the mapping saw of a source that the typed model does not keep, and the checks need.
 *
 * @param pinyinAnnotated whether the text carried pinyin annotations, the mark of a mirror copy
 * @param addedRows       labels of table B's data rows that match no template row
 * @param rowOrder        table B's template rows in the order the table prints them
* @param declaredUnits   the unit of money of table A's items whose header or label declares another than the
 *                        template's ({@code 本年收费金额(单位:元)})
 * @param mapping         what the mapping itself found: cells glued together or rows short of cells that it
 *                        could not read, or read only by the identities
 */
public record Observations(boolean pinyinAnnotated, List<String> addedRows, List<RowKey> rowOrder,
                           Map<ActiveItem, String> declaredUnits, List<Anomaly> mapping) {
    public Observations {
        addedRows = List.copyOf(addedRows);
        rowOrder = List.copyOf(rowOrder);
        declaredUnits = Map.copyOf(declaredUnits);
        mapping = List.copyOf(mapping);
    }

    /** Observations of a mapping that found nothing of its own, of a table A whose units are the template's. */
    public Observations(boolean pinyinAnnotated, List<String> addedRows, List<RowKey> rowOrder) {
        this(pinyinAnnotated, addedRows, rowOrder, Map.of(), List.of());
    }
}
