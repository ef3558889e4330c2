package io.github.gongkai.internal.check;

import io.github.gongkai.model.RowKey;
import java.util.List;

/**
 * What the mapping saw of a source that the typed model does not keep, and the checks need.
 *
 * @param pinyinAnnotated whether the text carried pinyin annotations, the mark of a mirror copy
 * @param addedRows       labels of table B's data rows that match no template row
 * @param rowOrder        table B's template rows in the order the table prints them
 */
public record Observations(boolean pinyinAnnotated, List<String> addedRows, List<RowKey> rowOrder) {
    public Observations {
        addedRows = List.copyOf(addedRows);
        rowOrder = List.copyOf(rowOrder);
    }
}
