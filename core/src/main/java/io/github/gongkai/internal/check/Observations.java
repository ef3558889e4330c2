package io.github.gongkai.internal.check;

import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.RowKey;
import java.util.List;

/**
 * What the mapping saw of a source that the typed model does not keep, and the checks need.
 *
 * @param pinyinAnnotated whether the text carried pinyin annotations, the mark of a mirror copy
 * @param addedRows       labels of table B's data rows that match no template row
 * @param rowOrder        table B's template rows in the order the table prints them
 * @param mapping         what the mapping itself found: cells glued together or rows short of cells that it
 *                        could not read, or read only by the identities
 */
public record Observations(boolean pinyinAnnotated, List<String> addedRows, List<RowKey> rowOrder,
                           List<Anomaly> mapping) {
    public Observations {
        addedRows = List.copyOf(addedRows);
        rowOrder = List.copyOf(rowOrder);
        mapping = List.copyOf(mapping);
    }

    /** Observations of a mapping that found nothing of its own. */
    public Observations(boolean pinyinAnnotated, List<String> addedRows, List<RowKey> rowOrder) {
        this(pinyinAnnotated, addedRows, rowOrder, List.of());
    }
}
