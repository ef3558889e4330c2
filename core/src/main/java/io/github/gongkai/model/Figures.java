package io.github.gongkai.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A report table as rows × columns of {@link Value}s, keyed by the template's rows and columns.
 * Iteration follows template order.
 *
 * @param <R> the row keys
 * @param <C> the column keys
 */
public final class Figures<R extends Enum<R> & Keyed, C extends Enum<C> & Keyed> {
    private final Map<R, Map<C, Value>> rows;

    private Figures(Map<R, Map<C, Value>> rows) {
        this.rows = rows;
    }

    /** Copies the given rows into an immutable table. */
    public static <R extends Enum<R> & Keyed, C extends Enum<C> & Keyed> Figures<R, C> of(
            Class<R> rowType, Map<R, Map<C, Value>> rows) {
        Map<R, Map<C, Value>> copy = new EnumMap<>(rowType);
        rows.forEach((row, values) -> copy.put(row, Collections.unmodifiableMap(copyColumns(values))));
        return new Figures<>(Collections.unmodifiableMap(copy));
    }

    private static <C extends Enum<C>> Map<C, Value> copyColumns(Map<C, Value> values) {
        return values.isEmpty() ? Map.of() : new EnumMap<>(values);
    }

    /** The value at a row and column; {@link Value#ABSENT} where the table has no such cell. */
    public Value get(R row, C column) {
        return rows.getOrDefault(row, Map.of()).getOrDefault(column, Value.ABSENT);
    }

    /** One row's values by column, in template order; empty where the row is absent. */
    public Map<C, Value> row(R row) {
        return rows.getOrDefault(row, Map.of());
    }

    /** The rows the table has, in template order. */
    public Set<R> rowKeys() {
        return rows.keySet();
    }

    /** All rows, in template order. */
    public Map<R, Map<C, Value>> rows() {
        return rows;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Figures<?, ?> figures && rows.equals(figures.rows);
    }

    @Override
    public int hashCode() {
        return rows.hashCode();
    }

    @Override
    public String toString() {
        return rows.toString();
    }
}
