package io.github.gongkai.internal.locate;

import io.github.gongkai.internal.template.ActiveDisclosureTemplate;
import io.github.gongkai.model.TableKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the rows of all tables into tables A, B and C by what the rows say, not by how the document cut
 * them into tables: one table may hold all three, one may be cut into several (one per group, or one per
 * page). A table's section gives the default; a row that names a table's own header words switches to it.
 */
public final class TableSegments {
    private TableSegments() {
    }

    /**
     * The rows of each table found, in order.
     *
     * @param rows           every table row of the document
     * @param sectionOfBlock the number of the section each block stands in, 0 before the first section
     */
    public static Map<TableKind, List<TableRow>> split(List<TableRow> rows, int[] sectionOfBlock) {
        Map<TableKind, List<TableRow>> segments = new EnumMap<>(TableKind.class);
        TableKind current = null;
        int table = -1;
        for (TableRow row : rows) {
            if (row.table() != table) {
                table = row.table();
                TableKind bySection = ofSection(sectionOfBlock[row.block()]);
                if (bySection != null) {
                    current = bySection;
                }
            }
            TableKind named = named(row);
            if (named != null) {
                current = named;
            }
            if (current != null) {
                segments.computeIfAbsent(current, k -> new ArrayList<>()).add(row);
            }
        }
        return segments;
    }

    /** The table the template puts in a section, or {@code null}. */
    private static TableKind ofSection(int section) {
        for (TableKind kind : TableKind.values()) {
            if (kind.section() == section) {
                return kind;
            }
        }
        return null;
    }

    /** The table whose own header words the row holds, or {@code null}. */
    private static TableKind named(TableRow row) {
        if (row.mentions("申请人情况") || row.mentions("勾稽关系") || row.mentions("本年新收")) {
            return TableKind.APPLICATIONS;
        }
        if (row.mentions("行政复议") && (row.mentions("行政诉讼") || row.mentions("结果维持"))) {
            return TableKind.REVIEW_LITIGATION;
        }
        if (row.mentions("第二十条") || row.mentions("信息内容")) {
            return TableKind.ACTIVE_DISCLOSURE;
        }
        for (Slot slot : row.slots()) {
            if (slot.isLabel() && ActiveDisclosureTemplate.item(slot.label()) != null) {
                return TableKind.ACTIVE_DISCLOSURE;
            }
        }
        return null;
    }
}
