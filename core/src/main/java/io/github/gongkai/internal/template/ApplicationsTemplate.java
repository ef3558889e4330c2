package io.github.gongkai.internal.template;

import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.Template;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Table B, 收到和处理政府信息公开申请情况, as data: its header tree, row labels and row groups. */
public final class ApplicationsTemplate {

    /** The groups of outcome rows that have numbered sub-rows. */
    public enum Group {
        /** (三)不予公开. */
        DENIED("不予公开"),
        /** (四)无法提供. */
        UNABLE("无法提供"),
        /** (五)不予处理. */
        REJECTED("不予处理"),
        /** (六)其他处理. */
        OTHER("其他处理");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        /** The group's normalised label without its number. */
        public String label() {
            return label;
        }
    }

    /** The applicant columns in the order the template prints them; a column's leaf is its place here. */
    public static final List<Applicant> APPLICANT_COLUMNS = List.of(Applicant.NATURAL_PERSON, Applicant.COMMERCIAL,
            Applicant.RESEARCH, Applicant.PUBLIC_INTEREST, Applicant.LEGAL_SERVICE, Applicant.OTHER, Applicant.TOTAL);

    private static final Map<Applicant, Integer> APPLICANT_LEAVES = ColumnNode.places(Applicant.class, APPLICANT_COLUMNS);

    /** The header: 申请人情况 over 自然人, 法人或其他组织 (five types) and 总计. */
    public static final ColumnNode COLUMNS = ColumnNode.group(List.of("申请人情况"),
            ColumnNode.leaf(leaf(Applicant.NATURAL_PERSON), "自然人"),
            ColumnNode.group(List.of("法人或其他组织", "法人和其他组织", "法人或者其他组织"),
                    ColumnNode.leaf(leaf(Applicant.COMMERCIAL), "商业企业"),
                    ColumnNode.leaf(leaf(Applicant.RESEARCH), "科研机构"),
                    ColumnNode.leaf(leaf(Applicant.PUBLIC_INTEREST), "社会公益组织"),
                    ColumnNode.leaf(leaf(Applicant.LEGAL_SERVICE), "法律服务机构"),
                    ColumnNode.leaf(leaf(Applicant.OTHER), "其他")),
            ColumnNode.leaf(leaf(Applicant.TOTAL), "总计", "合计"));

    /** Rows of each group, in template order; the 2019 template has no sub-rows under (六). */
    private static final Map<Group, List<RowKey>> CHILDREN = Map.of(
            Group.DENIED, List.of(RowKey.DENIED_STATE_SECRET, RowKey.DENIED_PROHIBITED_BY_LAW,
                    RowKey.DENIED_THREE_SECURITIES, RowKey.DENIED_THIRD_PARTY, RowKey.DENIED_INTERNAL_AFFAIRS,
                    RowKey.DENIED_PROCESS_INFORMATION, RowKey.DENIED_ENFORCEMENT_FILES, RowKey.DENIED_QUERY_MATTERS),
            Group.UNABLE, List.of(RowKey.UNABLE_NOT_HELD, RowKey.UNABLE_NEEDS_CREATION, RowKey.UNABLE_UNCLEAR),
            Group.REJECTED, List.of(RowKey.REJECTED_PETITION, RowKey.REJECTED_REPEATED, RowKey.REJECTED_PUBLICATION,
                    RowKey.REJECTED_EXCESSIVE, RowKey.REJECTED_CONFIRMATION),
            Group.OTHER, List.of(RowKey.OTHER_NO_CORRECTION, RowKey.OTHER_NO_FEE, RowKey.OTHER_OTHER));

    /** The (六) sub-rows that only the 2021 template has. */
    public static final Set<RowKey> OTHER_SUB_ROWS = Collections.unmodifiableSet(
            EnumSet.complementOf(EnumSet.copyOf(Template.T2019.applicationRows())));

    /** Wordings of rows that share too few characters with the template's to be matched as typos. */
    private static final Map<RowKey, List<String>> OTHER_WORDINGS = Map.of(
            RowKey.TOTAL_PROCESSED, List.of("合计", "办理结果总计"));

    private static final Map<RowKey, List<String>> WORDS = words();

    private ApplicationsTemplate() {
    }

    /** The numbered sub-rows of a group, in template order. */
    public static List<RowKey> children(Group group) {
        return CHILDREN.get(group);
    }

    /** The group a row belongs to, or {@code null} for a row outside the groups. */
    public static Group groupOf(RowKey row) {
        for (Map.Entry<Group, List<RowKey>> entry : CHILDREN.entrySet()) {
            if (entry.getValue().contains(row)) {
                return entry.getKey();
            }
        }
        return null;
    }

    /**
     * The label words of a row, normalised, without outline number or parenthetical note: the template's
     * first, then the other wordings reports use for the same row.
     */
    public static List<String> words(RowKey row) {
        return WORDS.get(row);
    }

    /** Each row's label words, worked out once: mapping compares every row label of a report with all of them. */
    private static Map<RowKey, List<String>> words() {
        Pattern note = Pattern.compile("\\(.*\\)$");
        Map<RowKey, List<String>> words = new EnumMap<>(RowKey.class);
        for (RowKey row : RowKey.values()) {
            String own = row == RowKey.OTHER ? "其他处理" : note.matcher(Labels.stripNumbering(row.label())).replaceFirst("");
            List<String> all = new ArrayList<>(List.of(own));
            all.addAll(OTHER_WORDINGS.getOrDefault(row, List.of()));
            words.put(row, List.copyOf(all));
        }
        return words;
    }

    /** The rows a report on this template has, in template order; {@code other} is derived in 2021. */
    public static List<RowKey> rows(Template template) {
        return template.applicationRows();
    }

    /** The leaf of an applicant's column in {@link #COLUMNS}. */
    public static int leaf(Applicant applicant) {
        return APPLICANT_LEAVES.get(applicant);
    }

    /** The applicant whose column a leaf of {@link #COLUMNS} is. */
    public static Applicant applicant(int leaf) {
        return APPLICANT_COLUMNS.get(leaf);
    }

    /** The rows that (七)总计 sums in this template: the outcomes (一) to (六). */
    public static List<RowKey> outcomeRows(Template template) {
        List<RowKey> rows = new ArrayList<>();
        for (RowKey row : rows(template)) {
            boolean outcome = row.compareTo(RowKey.GRANTED) >= 0 && row.compareTo(RowKey.TOTAL_PROCESSED) < 0;
            boolean derived = template == Template.T2021 && row == RowKey.OTHER;
            if (outcome && !derived) {
                rows.add(row);
            }
        }
        return rows;
    }
}
