package io.github.gongkai.internal.map;

import io.github.gongkai.internal.locate.Slot;
import io.github.gongkai.internal.locate.TableRow;
import io.github.gongkai.internal.template.ColumnNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order of a table's leaf columns, read from its header rows against the template's header tree.
 *
 * <p>Flattened text loses the alignment of a multi-row header ({@code 自然人 | 法人或其他组织 | 总计} over
 * {@code 商业企业 | … | 其他}), so the header is read as a tree: each group in the row above is replaced by
 * the labels of the next row that belong under it, in the order they stand. Where the header was placed on a
 * real grid (HTML, Word, PDF), each leaf also keeps its grid column, and values are matched by column.
 *
 * @param leaves  leaf indices in the order the table prints them
 * @param columns each leaf's grid column in the same order, or -1 where the header does not place it
 */
record Columns(List<Integer> leaves, List<Integer> columns) {

    /** The template's order, for a table printed without a readable header. */
    static Columns templateOrder(ColumnNode root) {
        List<Integer> leaves = new ArrayList<>();
        for (ColumnNode leaf : root.leaves()) {
            leaves.add(leaf.leaf());
        }
        return new Columns(leaves, Collections.nCopies(leaves.size(), -1));
    }

    /** Reads the header rows; falls back to template order where they do not name every leaf once. */
    static Columns read(ColumnNode root, List<TableRow> header) {
        List<Placed> order = new ArrayList<>(List.of(new Placed(root, -1)));
        Set<Object> consumed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TableRow row : header) {
            List<Slot> labels = new ArrayList<>();
            for (Slot slot : row.slots()) {
                if (slot.isLabel() && !consumed.contains(slot.cell()) && root.findDescendant(slot.label()) != null
                        || slot.isLabel() && root.matches(slot.label())) {
                    labels.add(slot);
                }
            }
            order = expand(order, labels, consumed);
        }
        List<Integer> leaves = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        for (Placed placed : order) {
            if (placed.node().isGroup()) {
                for (ColumnNode leaf : placed.node().leaves()) {
                    leaves.add(leaf.leaf());
                    columns.add(-1);
                }
            } else {
                leaves.add(placed.node().leaf());
                columns.add(placed.column());
            }
        }
        int expected = root.leaves().size();
        if (leaves.size() != expected || new HashSet<>(leaves).size() != expected) {
            return templateOrder(root);
        }
        return new Columns(leaves, placedOnGrid(columns) ? columns : Collections.nCopies(expected, -1));
    }

    private static boolean placedOnGrid(List<Integer> columns) {
        Set<Integer> distinct = new HashSet<>(columns);
        return !columns.contains(-1) && distinct.size() == columns.size();
    }

    private static List<Placed> expand(List<Placed> order, List<Slot> labels, Set<Object> consumed) {
        List<Placed> expanded = new ArrayList<>();
        int next = 0;
        for (Placed placed : order) {
            ColumnNode node = placed.node();
            if (!node.isGroup()) {
                expanded.add(placed);
                continue;
            }
            // The group's own label (申请人情况 over the whole header) is passed over.
            while (next < labels.size() && node.matches(labels.get(next).label())) {
                consumed.add(labels.get(next++).cell());
            }
            List<Placed> children = new ArrayList<>();
            Set<ColumnNode> taken = new HashSet<>();
            while (next < labels.size()) {
                Slot slot = labels.get(next);
                ColumnNode child = node.findDescendant(slot.label());
                if (child == null || taken.contains(child)) {
                    break;
                }
                taken.add(child);
                children.add(new Placed(child, slot.column()));
                consumed.add(slot.cell());
                next++;
            }
            if (children.isEmpty()) {
                expanded.add(placed);
            } else {
                expanded.addAll(children);
            }
        }
        return expanded;
    }

    /**
     * The value cells of a data row matched to leaves: by grid column where the header placed every leaf and
     * the row has cells there and none outside them, otherwise in order. A row of flattened text that left out
     * a cell merged from above ({@code 复议后起诉 | 1 | …} under {@code 行政诉讼 | 未经复议直接起诉 | 1 | …}) stands
     * one column to the left of its header.
     *
     * @param values the row's cells after its label
     * @return leaf index → the cell holding its value; a leaf without a cell is missing from the map
     */
    Map<Integer, Slot> match(List<Slot> values) {
        Map<Integer, Slot> matched = new java.util.HashMap<>();
        if (!columns.contains(-1)) {
            Map<Integer, Slot> byColumn = new java.util.HashMap<>();
            for (Slot slot : values) {
                byColumn.put(slot.column(), slot);
            }
            boolean inColumns = values.stream().allMatch(slot -> slot.label().isEmpty() || columns.contains(slot.column()));
            if (inColumns && byColumn.keySet().containsAll(columns)) {
                for (int i = 0; i < leaves.size(); i++) {
                    matched.put(leaves.get(i), byColumn.get(columns.get(i)));
                }
                return matched;
            }
        }
        int start = firstValue(values);
        for (int i = 0; i < leaves.size() && start + i < values.size(); i++) {
            matched.put(leaves.get(i), values.get(start + i));
        }
        return matched;
    }

    /**
     * Where a row's values start when read in order: blank cells before them are the rest of a label cell
     * that spanned two columns ({@code (六)其他处理 |  | 33 | …}) where the row has more cells up to its
     * last value than the table has columns; otherwise a leading blank is a value not reported.
     */
    private int firstValue(List<Slot> values) {
        int end = values.size();
        while (end > 0 && values.get(end - 1).label().isEmpty()) {
            end--;
        }
        int start = 0;
        while (end - start > leaves.size() && values.get(start).label().isEmpty()) {
            start++;
        }
        return start;
    }

    private record Placed(ColumnNode node, int column) {
    }
}
