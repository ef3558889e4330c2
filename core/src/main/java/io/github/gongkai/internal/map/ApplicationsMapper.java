package io.github.gongkai.internal.map;

import io.github.gongkai.internal.locate.Slot;
import io.github.gongkai.internal.locate.TableRow;
import io.github.gongkai.internal.template.ApplicationsTemplate;
import io.github.gongkai.internal.template.ApplicationsTemplate.Group;
import io.github.gongkai.internal.template.Labels;
import io.github.gongkai.internal.text.CellNumber;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.TableKind;
import io.github.gongkai.model.Value;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the rows of table B onto its template rows and applicant columns, by label. Rows before the first
 * recognised data row are its header; rows that match no template row (a header repeated after a page
 * break, a subtotal some reports add) are passed over, and those among them that carry a label and numbers
 * are kept as rows the report added to the template.
 */
final class ApplicationsMapper {
    private ApplicationsMapper() {
    }

    /**
     * What table B holds.
     *
     * @param rows  the rows found, each with its seven values; rows not found are absent
     * @param added the labels of data rows that match no template row, such as a group's subtotal
     * @param order the template rows in the order the table prints them
     * @param repairs what reading rows glued together or short of cells found
     */
    record Mapped(Map<RowKey, Map<Applicant, Value>> rows, List<String> added, List<RowKey> order,
                  List<Anomaly> repairs) {
    }

    /** Maps the table's rows. */
    static Mapped map(List<TableRow> rows) {
        Map<RowKey, Map<Applicant, Value>> found = new EnumMap<>(RowKey.class);
        List<String> added = new ArrayList<>();
        List<RowKey> order = new ArrayList<>();
        // Rows found with every cell blank, until a row with numbers claims the same template row.
        Set<RowKey> blank = EnumSet.noneOf(RowKey.class);
        Map<RowKey, TableRepair.Row> printed = new EnumMap<>(RowKey.class);
        List<TableRow> header = new ArrayList<>();
        List<Unnamed> unnamed = new ArrayList<>();
        Columns columns = null;
        Group context = null;
        String wrapped = "";
        for (TableRow row : rows) {
            Leaf leaf = leaf(row, context, "");
            if (leaf == null && !wrapped.isEmpty()) {
                leaf = leaf(row, context, wrapped);
            }
            if (leaf == null) {
                Leaf blankRow = columns == null ? null : blankLeaf(row, context);
                if (columns == null) {
                    header.add(row);
                } else if (blankRow != null && !found.containsKey(blankRow.row())) {
                    read(blankRow.row(), columns, row, labelEnd(row, blankRow.index()), found, printed);
                    order.add(blankRow.row());
                    blank.add(blankRow.row());
                } else {
                    int at = order.size();
                    Optional<String> label = addedLabel(row);
                    label.ifPresent(added::add);
                    if (label.isPresent() || unreadLabel(row)) {
                        unnamed.add(new Unnamed(row, label.orElse(""), at));
                    }
                }
                context = blankRow != null ? blankRow.context() : groupIn(row, context);
                wrapped = columns == null ? "" : wrappedStart(row);
                continue;
            }
            wrapped = "";
            if (columns == null) {
                columns = Columns.read(ApplicationsTemplate.COLUMNS, header);
            }
            context = leaf.context();
            if (leaf.row() == null) {
                added.add(row.slots().get(leaf.index()).label());
            } else if (!found.containsKey(leaf.row()) || blank.remove(leaf.row())) {
                read(leaf.row(), columns, row, labelEnd(row, leaf.index()), found, printed);
                order.remove(leaf.row());
                order.add(leaf.row());
            } else if (row.recognized()) {
                // A misread label can name a row already found ((三)不予公开 read as 伍j不予公开, close to
                // 予以公开); the rows around it tell which row it is.
                String label = row.slots().get(leaf.index()).label();
                added.add(label);
                unnamed.add(new Unnamed(row, label, order.size()));
            }
        }
        if (columns != null) {
            placeByNeighbours(unnamed, columns, found, added, order, printed);
        }
        return new Mapped(found, added, order, repair(found, order, order.stream().map(printed::get).toList()));
    }

    /** Reads a row's cells after its label into a template row, and keeps them for the repair. */
    private static void read(RowKey key, Columns columns, TableRow row, int labelEnd,
                             Map<RowKey, Map<Applicant, Value>> found, Map<RowKey, TableRepair.Row> printed) {
        Map<Integer, Slot> matched = columns.match(row.after(labelEnd));
        found.put(key, values(matched, row));
        printed.put(key, new TableRepair.Row(columns.leaves(), columns.leaves().stream().map(matched::get).toList(),
                row.origin()));
    }

    /** Reads the rows whose cells were glued together or moved out, by the identities; returns what it found. */
    private static List<Anomaly> repair(Map<RowKey, Map<Applicant, Value>> found, List<RowKey> order,
                                        List<TableRepair.Row> printed) {
        TableRepair.Repaired repaired = TableRepair.repair(printed, TemplateIdentities.applications(order),
                new TableRepair.Names(TableKind.APPLICATIONS, (r, c) -> order.get(r).key(),
                        (r, c) -> ApplicationsTemplate.applicant(c).key()));
        repaired.values().forEach((r, values) -> values.forEach(
                (column, value) -> found.get(order.get(r)).put(ApplicationsTemplate.applicant(column), value)));
        return repaired.findings();
    }

    /**
     * A data row whose label names no template row, and how many template rows had been found above it.
     */
    private record Unnamed(TableRow row, String label, int at) {
    }

    /**
     * Places data rows whose labels name no row (a hijacked copy printed an advertisement over (一)予以公开) by
     * the rows found around them: a run of such rows between two found rows takes the template rows between
     * those two that were not found, in order, where there are exactly as many. A subtotal (小计, 合计) is
     * never placed so; nor is anything where the rows around are out of the template's order.
     */
    private static void placeByNeighbours(List<Unnamed> unnamed, Columns columns, Map<RowKey, Map<Applicant, Value>> found,
                                          List<String> added, List<RowKey> order, Map<RowKey, TableRepair.Row> printed) {
        List<RowKey> named = List.copyOf(order);
        int inserted = 0;
        for (int start = 0, end; start < unnamed.size(); start = end) {
            int at = unnamed.get(start).at();
            end = start;
            while (end < unnamed.size() && unnamed.get(end).at() == at) {
                end++;
            }
            List<Unnamed> run = unnamed.subList(start, end);
            if (at == 0) {
                continue;
            }
            List<RowKey> between = missingBetween(named.get(at - 1), at < named.size() ? named.get(at) : null, found);
            if (between.size() != run.size() || run.stream().anyMatch(row -> row.label().contains("计"))) {
                continue;
            }
            for (int i = 0; i < run.size(); i++) {
                TableRow row = run.get(i).row();
                read(between.get(i), columns, row, row.labelRun() - 1, found, printed);
                order.add(at + inserted + i, between.get(i));
                added.remove(run.get(i).label());
            }
            inserted += run.size();
        }
    }

    /**
     * The template rows strictly between two found rows that were not found, in template order; empty where the
     * two are out of order. (六)其他处理 of the 2019 template and the sub-rows of the 2021 template exclude each
     * other: where the table has one, the other is not missing.
     */
    private static List<RowKey> missingBetween(RowKey before, RowKey after, Map<RowKey, Map<Applicant, Value>> found) {
        boolean subRows = found.keySet().stream().anyMatch(ApplicationsTemplate.OTHER_SUB_ROWS::contains);
        List<RowKey> missing = new ArrayList<>();
        for (RowKey row : RowKey.values()) {
            if (row.compareTo(before) <= 0 || after != null && row.compareTo(after) >= 0) {
                continue;
            }
            boolean excluded = subRows ? row == RowKey.OTHER
                    : found.containsKey(RowKey.OTHER) && ApplicationsTemplate.OTHER_SUB_ROWS.contains(row);
            if (!found.containsKey(row) && !excluded) {
                missing.add(row);
            }
        }
        return missing;
    }

    /**
     * A template row printed with every cell blank or a dash ({@code 4.无正当理由大量反复申请 |  |  | …}): the row is
     * in the table and reports nothing. Only a numbered label alone, with nothing but such cells after it, is
     * read so; a group heading ((三)不予公开) or a header repeated after a page break is no blank row. A row of
     * numbers with the same label later in the table takes its place: a label wrapped onto a row of its own
     * ({@code (二)部分公开(区分处理的,只计这一情}) is read with the row below it.
     */
    private static Leaf blankLeaf(TableRow row, Group context) {
        int run = row.labelRun();
        if (run == 0 || row.after(run - 1).stream().anyMatch(slot -> slot.number().kind() != CellNumber.Kind.NOT_REPORTED)) {
            return null;
        }
        String label = ownLabel(row, run - 1);
        List<String> levels = Labels.levels(label);
        String leaf = levels.get(levels.size() - 1);
        if (Labels.numbering(leaf).isEmpty() || ApplicationRows.group(leaf) != null) {
            return null;
        }
        Group rowContext = groupIn(row, run, context);
        RowKey key = ApplicationRows.match(leaf, rowContext);
        return key == null ? null : new Leaf(key, run - 1, ApplicationsTemplate.groupOf(key));
    }

    /**
     * Whether a row of numbers came from text recognition with no label read: the recogniser found nothing it
     * could read in the label cells, so the row's place is told by the rows around it.
     */
    private static boolean unreadLabel(TableRow row) {
        return row.recognized() && row.slots().stream().anyMatch(Slot::isNumber);
    }

    /**
     * The label of a data row that names no template row: its last own label, where it has numbers and a label
     * of words (a page number such as {@code -3-} is neither).
     */
    private static Optional<String> addedLabel(TableRow row) {
        int run = row.labelRun();
        if (run == 0 || row.after(run - 1).stream().noneMatch(Slot::isNumber)) {
            return Optional.empty();
        }
        for (int i = run - 1; i >= 0; i--) {
            Slot slot = row.slots().get(i);
            if (!slot.fromAbove() && slot.label().codePoints().filter(Character::isIdeographic).count() >= 2) {
                return Optional.of(slot.label());
            }
        }
        return Optional.empty();
    }

    /**
     * Where a label ends: a label cut into two cells inside its parenthetical note
     * ({@code (二)部分公开(区分处理的,只计 | 这一情形,不计其他情形)}) goes on until the note closes.
     */
    private static int labelEnd(TableRow row, int index) {
        int open = 0;
        int end = index;
        while (true) {
            String label = row.slots().get(end).label();
            open += count(label, '(') - count(label, ')');
            if (open <= 0 || end + 1 >= row.slots().size() || !row.slots().get(end + 1).isLabel()) {
                return end;
            }
            end++;
        }
    }

    private static int count(String text, char ch) {
        return (int) text.chars().filter(c -> c == ch).count();
    }

    private static Map<Applicant, Value> values(Map<Integer, Slot> matched, TableRow row) {
        Map<Applicant, Value> values = new EnumMap<>(Applicant.class);
        for (Applicant applicant : Applicant.values()) {
            Slot slot = matched.get(ApplicationsTemplate.leaf(applicant));
            values.put(applicant, slot == null ? Values.missing(row.origin()) : Values.of(slot));
        }
        return values;
    }

    /**
     * The data row a table row is: the last of its leading labels that names a template row, with numbers
     * after it. A group label with numbers ((六)其他处理 in the 2019 template) names its group's row. The last
     * label is read after {@code wrapped}, the start a row above held.
     */
    private static Leaf leaf(TableRow row, Group context, String wrapped) {
        int run = row.labelRun();
        if (row.after(run - 1).stream().noneMatch(Slot::isNumber)) {
            return null;
        }
        for (int i = run - 1; i >= 0; i--) {
            List<String> levels = Labels.levels((i == run - 1 ? wrapped : "") + ownLabel(row, i));
            Group rowContext = groupIn(row, i, context);
            for (String level : levels.subList(0, levels.size() - 1)) {
                rowContext = groupOr(level, rowContext);
            }
            String label = levels.get(levels.size() - 1);
            Group group = ApplicationRows.group(label);
            if (group != null) {
                return new Leaf(group == Group.OTHER ? RowKey.OTHER : null, i, group);
            }
            RowKey key = ApplicationRows.match(label, rowContext);
            if (key != null) {
                Group keyGroup = ApplicationsTemplate.groupOf(key);
                return new Leaf(key, i, keyGroup);
            }
        }
        return null;
    }

    /**
     * The label of cell {@code i} with its outline number, which some tables put in a cell of its own before it
     * ({@code 1. | 属于国家秘密}).
     */
    private static String ownLabel(TableRow row, int i) {
        String label = row.slots().get(i).label();
        if (i > 0 && !Labels.isNumbering(label) && Labels.isNumbering(row.slots().get(i - 1).label())) {
            return row.slots().get(i - 1).label() + label;
        }
        return label;
    }

    /**
     * The start of a label that a narrow column wrapped onto a row of its own, to be read with the next row's
     * label ({@code (二)部分公开(区分处理的,只计这一情} over {@code 形,不计其他情形) | 3 | …}): the last label of a
     * row without numbers, or empty.
     */
    private static String wrappedStart(TableRow row) {
        int run = row.labelRun();
        boolean labelsOnly = run > 0 && row.after(run - 1).stream().allMatch(slot -> slot.label().isEmpty());
        return labelsOnly ? row.slots().get(run - 1).label() : "";
    }

    /** The group a row without numbers opens ((三)不予公开 on a row of its own), or the current one. */
    private static Group groupIn(TableRow row, Group context) {
        return groupIn(row, row.labelRun(), context);
    }

    /** The group the row's first {@code end} label cells name, each level of each cell in turn, or the current one. */
    private static Group groupIn(TableRow row, int end, Group context) {
        Group group = context;
        for (int i = 0; i < end; i++) {
            for (String level : Labels.levels(ownLabel(row, i))) {
                group = groupOr(level, group);
            }
        }
        return group;
    }

    private static Group groupOr(String label, Group otherwise) {
        Group named = ApplicationRows.group(label);
        return named != null ? named : otherwise;
    }

    /**
     * A recognised data row.
     *
     * @param row     the template row, or {@code null} for a subtotal row of a group
     * @param index   the position of its label among the row's cells
     * @param context the group following rows stand under
     */
    private record Leaf(RowKey row, int index, Group context) {
    }
}
