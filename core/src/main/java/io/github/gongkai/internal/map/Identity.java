package io.github.gongkai.internal.map;

import java.util.List;

/**
 * One of the template's identities over a table's cells: the values on the left add up to those on the right.
 *
 * @param left  cells whose sum the identity requires (the parts)
 * @param right cells the report states (the total)
 */
record Identity(List<Ref> left, List<Ref> right) {
    Identity {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    /** A cell of the table: a row in the order given to the search, a template column. */
    record Ref(int row, int column) {
    }

    /** The identity {@code total = Σ parts} within one row. */
    static Identity rowSum(int row, List<Integer> parts, int total) {
        return new Identity(parts.stream().map(column -> new Ref(row, column)).toList(), List.of(new Ref(row, total)));
    }

    /** Whether every cell of the identity is in this row. */
    boolean within(int row) {
        return left.stream().allMatch(ref -> ref.row() == row) && right.stream().allMatch(ref -> ref.row() == row);
    }
}
