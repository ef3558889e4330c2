package io.github.gongkai.internal.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a table's column header tree: a leaf column, or a group whose children sit under it in the
 * header (法人或其他组织 over 商业企业 … 其他; 行政诉讼 over 未经复议直接起诉 and 复议后起诉).
 *
 * @param labels   normalised labels the header may print for it, the template's first
 * @param leaf     the leaf's index in the table's column order, -1 for a group
 * @param children the group's children in template order, empty for a leaf
 */
public record ColumnNode(List<String> labels, int leaf, List<ColumnNode> children) {
    public ColumnNode {
        labels = List.copyOf(labels);
        children = List.copyOf(children);
    }

    /**
     * The leaf of each key in a list of columns: its place in the list. Leaves index the values of a row, so
     * they are given by the template's printed order, never by an enum's declaration order.
     */
    static <E extends Enum<E>> Map<E, Integer> places(Class<E> type, List<E> columns) {
        Map<E, Integer> places = new EnumMap<>(type);
        for (int i = 0; i < columns.size(); i++) {
            places.put(columns.get(i), i);
        }
        return Collections.unmodifiableMap(places);
    }

    static ColumnNode leaf(int index, String... labels) {
        return new ColumnNode(List.of(labels), index, List.of());
    }

    static ColumnNode group(List<String> labels, ColumnNode... children) {
        return new ColumnNode(labels, -1, List.of(children));
    }

    /** Whether this node is a group. */
    public boolean isGroup() {
        return leaf < 0;
    }

    /** Whether a normalised header text names this node. */
    public boolean matches(String text) {
        for (String label : labels) {
            if (text.equals(label) || (label.length() >= 4 && Labels.similarity(text, label) >= 0.8)) {
                return true;
            }
        }
        return false;
    }

    /** The leaves below this node in template order (itself, for a leaf). */
    public List<ColumnNode> leaves() {
        List<ColumnNode> leaves = new ArrayList<>();
        collectLeaves(this, leaves);
        return leaves;
    }

    private static void collectLeaves(ColumnNode node, List<ColumnNode> into) {
        if (!node.isGroup()) {
            into.add(node);
        }
        for (ColumnNode child : node.children()) {
            collectLeaves(child, into);
        }
    }

    /** The descendant a header text names, nearest first; {@code null} where none does. */
    public ColumnNode findDescendant(String text) {
        for (ColumnNode child : children) {
            if (child.matches(text)) {
                return child;
            }
        }
        for (ColumnNode child : children) {
            ColumnNode found = child.findDescendant(text);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
