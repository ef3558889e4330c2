package io.github.gongkai.model;

import io.github.gongkai.internal.template.ActiveDisclosureTemplate;
import io.github.gongkai.internal.template.ApplicationsTemplate;
import io.github.gongkai.internal.template.ColumnNode;
import io.github.gongkai.internal.template.ReviewLitigationTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the template prints its tables, for showing a report's tables as a person saw them: the items of table A
 * with their measures, the rows of table B with the group each sits under, and the header labels above a column.
 */
public final class TemplateLayout {
    /** The tall cell down the left of table B's outcome rows, (一)予以公开 to (七)总计. */
    public static final String OUTCOMES = "三、本年度办理结果";

    private TemplateLayout() {
    }

    /** Table A's items with their measures, in template order. */
    public static Map<ActiveItem, List<Measure>> activeItems(Template template) {
        return ActiveDisclosureTemplate.items(template);
    }

    /** Table B's rows in template order (the 2019 template has no numbered rows under (六)). */
    public static List<RowKey> applicationRows(Template template) {
        return ApplicationsTemplate.rows(template);
    }

    /** The label of the numbered group a row of table B sits under without its number (不予公开), if any. */
    public static Optional<String> group(RowKey row) {
        return Optional.ofNullable(ApplicationsTemplate.groupOf(row)).map(ApplicationsTemplate.Group::label);
    }

    /** The header labels above a column of table B, outermost first: 申请人情况, 法人或其他组织 for 商业企业. */
    public static List<String> headings(Applicant column) {
        List<String> path = new ArrayList<>();
        pathTo(ApplicationsTemplate.COLUMNS, column.label(), path);
        return List.copyOf(path);
    }

    /** The header labels above a group of table C below the table's title: 行政诉讼 for 复议后起诉. */
    public static List<String> headings(CaseGroup group) {
        List<String> path = new ArrayList<>();
        pathTo(ReviewLitigationTemplate.COLUMNS, group.label(), path);
        return path.isEmpty() ? List.of() : List.copyOf(path.subList(1, path.size()));
    }

    /** Collects the labels of the groups from {@code node} down to the one labelled {@code label}. */
    private static boolean pathTo(ColumnNode node, String label, List<String> path) {
        for (ColumnNode child : node.children()) {
            if (child.labels().get(0).equals(label)) {
                path.add(0, node.labels().get(0));
                return true;
            }
            if (pathTo(child, label, path)) {
                path.add(0, node.labels().get(0));
                return true;
            }
        }
        return false;
    }
}
