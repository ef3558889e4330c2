package io.github.gongkai.internal.map;

import io.github.gongkai.document.Origin;
import io.github.gongkai.internal.locate.Slot;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.TableKind;
import io.github.gongkai.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Reads the rows of a table whose cells do not line up with its columns, which reading by position would put
 * in the wrong column:
 * <ul>
 * <li><b>glued</b> rows, whose cells a crawler joined into one run of digits ({@code 270020130} for
 * {@code 27 | 0 | 0 | 2 | 0 | 1 | 30}): the runs are split every way that gives the row its cells;</li>
 * <li><b>short</b> rows, whose values a converter moved out of the row, leaving fewer cells than columns
 * ({@code 规章 | 5 | 120} under three columns): the cells are placed in the columns every way that keeps their
 * order.</li>
 * </ul>
 * Of the readings, those that satisfy every identity of the template that can be assessed are kept, all rows
 * together ({@link JointSearch}). A row read exactly one way is read so; a row read several ways or none is
 * left unreadable, with the readings in the message. A row with a blank cell between its values keeps its
 * positions: the blank is a cell of its own. A table whose rows all have their cells is proof-read instead, where
 * its cells were recognised from a scan ({@link Proofreading}).
 */
final class TableRepair {
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /** Readings listed in a message. */
    private static final int SHOWN = 5;
    /** Placing more cells than this is not tried: no template row has more. */
    private static final int MAX_COLUMNS = 16;

    private final List<Row> rows;
    private final List<Identity> identities;
    private final Names names;
    private final Effort effort = new Effort(Effort.LIMIT);
    private final Map<Integer, Map<Integer, Value>> values = new HashMap<>();
    private final List<Anomaly> findings = new ArrayList<>();
    /** For each short row, the printed positions of its filled cells in each placement. */
    private final Map<Integer, List<int[]>> placedAt = new HashMap<>();

    /**
     * A table row as printed.
     *
     * @param leaves the template column of each printed position
     * @param cells  the cell at each printed position, {@code null} where the row has none
     * @param origin where the row is
     */
    record Row(List<Integer> leaves, List<Slot> cells, Origin origin) {
        Row {
            leaves = List.copyOf(leaves);
            cells = new ArrayList<>(cells);
        }
    }

    /**
     * How the table's cells are named in findings.
     *
     * @param table   the table
     * @param row     the row key of a cell (row index, template column; column −1 for the row as a whole)
     * @param column  the column key of a cell (row index, template column)
     */
    record Names(TableKind table, BiFunction<Integer, Integer, String> row,
                 BiFunction<Integer, Integer, String> column) {
    }

    /**
     * What the repair read.
     *
     * @param values   for each repaired row (by index), its values by template column
     * @param findings what it could not read, or read only by the identities
     * @param effort   the steps the search took
     */
    record Repaired(Map<Integer, Map<Integer, Value>> values, List<Anomaly> findings, int effort) {
    }

    private TableRepair(List<Row> rows, List<Identity> identities, Names names) {
        this.rows = rows;
        this.identities = identities;
        this.names = names;
    }

    /**
     * Repairs the glued and short rows of a table.
     *
     * @param rows       the table's data rows
     * @param identities the template's identities over (row index, template column)
     * @param names      how to name cells in findings
     */
    static Repaired repair(List<Row> rows, List<Identity> identities, Names names) {
        TableRepair repair = new TableRepair(rows, identities, names);
        repair.run();
        return new Repaired(repair.values, repair.findings, repair.effort.spent());
    }

    /**
     * Whether cells after a label may be one glued row of this many columns: a single cell, a run of digits with
     * enough digits for every column. (Several cells short of the columns are a row a converter took a cell out
     * of, placed rather than split.)
     */
    static boolean mayBeGlued(List<Slot> cells, int columns) {
        List<Slot> filled = cells.stream().filter(slot -> !slot.label().isEmpty()).toList();
        return columns > 1 && filled.size() == 1 && DIGITS.matcher(filled.get(0).label()).matches()
                && filled.get(0).label().length() >= columns;
    }

    private void run() {
        Long[][] known = new Long[rows.size()][];
        List<JointSearch.Candidates> uncertain = new ArrayList<>();
        List<Boolean> glued = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            known[r] = numbers(row);
            if (uncertain(row)) {
                List<Long[]> splits = splits(r);
                boolean isGlued = !splits.isEmpty();
                uncertain.add(new JointSearch.Candidates(r, isGlued ? splits : placements(r), !isGlued));
                glued.add(isGlued);
            }
        }
        if (uncertain.isEmpty()) {
            // Every row has its cells; those recognised from a scan may still be misread.
            values.putAll(Proofreading.proofread(rows, known, identities, effort));
            return;
        }
        JointSearch.Outcome outcome = effort.exhausted()
                ? new JointSearch.Outcome(List.of(), true)
                : JointSearch.run(known, uncertain, identities, effort);
        for (int i = 0; i < uncertain.size(); i++) {
            JointSearch.Candidates candidates = uncertain.get(i);
            int r = candidates.row();
            if (outcome.exhausted()) {
                unreadableRow(r, new Message("too many ways to read the cells to check them",
                        "可能的读法过多,无法判定"), rows.get(r).leaves());
                continue;
            }
            Set<Integer> accepted = outcome.accepted().get(i);
            List<Integer> all = rows.get(r).leaves();
            if (accepted.size() == 1 && glued.get(i)) {
                reconstruct(r, candidates.readings().get(accepted.iterator().next()));
            } else if (accepted.size() == 1) {
                int index = accepted.iterator().next();
                place(r, placedAt.get(r).get(index), candidates.readings().get(index), Set.copyOf(all));
            } else if (glued.get(i) || accepted.isEmpty() || agreed(candidates, accepted).isEmpty()) {
                unreadableRow(r, ambiguity(rows.get(r), candidates, accepted, glued.get(i)), all);
            } else {
                // Cells that every placement puts in the same column with the same number are read; the rest not.
                Set<Integer> agreed = agreed(candidates, accepted);
                int index = accepted.iterator().next();
                place(r, placedAt.get(r).get(index), candidates.readings().get(index), agreed);
                unreadableRow(r, ambiguity(rows.get(r), candidates, accepted, false),
                        all.stream().filter(column -> !agreed.contains(column)).toList());
            }
        }
    }

    /** The template columns to which every accepted reading gives the same number. */
    private static Set<Integer> agreed(JointSearch.Candidates candidates, Set<Integer> accepted) {
        Set<Integer> agreed = new java.util.TreeSet<>();
        Long[] first = candidates.readings().get(accepted.iterator().next());
        for (int column = 0; column < first.length; column++) {
            int c = column;
            if (first[c] != null && accepted.stream().allMatch(i -> first[c].equals(candidates.readings().get(i)[c]))) {
                agreed.add(c);
            }
        }
        return agreed;
    }

    /**
     * Whether a row has fewer cells than columns: it ends early, and every cell it has holds something. A blank
     * cell the row has (a real cell of a grid, an empty cell between pipes) keeps the positions: it is a value
     * not reported, and the row has its cells.
     */
    private static boolean uncertain(Row row) {
        int present = 0;
        boolean ended = false;
        for (Slot slot : row.cells()) {
            if (absent(slot)) {
                ended = true;
            } else if (ended || blank(slot)) {
                return false;
            } else {
                present++;
            }
        }
        return present > 0 && present < row.cells().size();
    }

    /** Whether the row has no cell at a position: none matched, or the padding of a row that ended early. */
    private static boolean absent(Slot slot) {
        return slot == null || slot.label().isEmpty() && Origin.UNKNOWN.equals(slot.cell().origin());
    }

    private static boolean blank(Slot slot) {
        return slot == null || slot.label().isEmpty();
    }

    /** The row's numbers by template column, where it reads as is; {@code null} where a cell holds none. */
    private static Long[] numbers(Row row) {
        Long[] numbers = new Long[row.leaves().size()];
        for (int p = 0; p < row.cells().size(); p++) {
            Slot slot = row.cells().get(p);
            numbers[row.leaves().get(p)] = slot == null ? null : count(Values.of(slot));
        }
        return numbers;
    }

    private static Long count(Value value) {
        if (!value.isReported()) {
            return null;
        }
        BigDecimal number = value.number().orElseThrow();
        try {
            return number.longValueExact();
        } catch (ArithmeticException notWhole) {
            return null;
        }
    }

    /**
     * The splits of a glued row that satisfy its own sums, by template column: none where the row is not glued
     * or none satisfies them (then the row is read as short), or where the effort ran out.
     */
    private List<Long[]> splits(int r) {
        Row row = rows.get(r);
        List<Slot> filled = row.cells().stream().filter(slot -> !blank(slot)).toList();
        if (!mayBeGlued(filled, row.cells().size())) {
            return List.of();
        }
        List<Identity> sums = new ArrayList<>();
        for (Identity identity : identities) {
            if (identity.within(r)) {
                sums.add(new Identity(printed(row, identity.left()), printed(row, identity.right())));
            }
        }
        List<Long[]> readings = new ArrayList<>();
        for (long[] split : DigitSplits.of(filled.get(0).label(), row.cells().size(), sums, effort).orElse(List.of())) {
            Long[] reading = new Long[split.length];
            for (int p = 0; p < split.length; p++) {
                reading[row.leaves().get(p)] = split[p];
            }
            readings.add(reading);
        }
        return readings;
    }

    /** An identity's cells as printed positions in row 0, as {@link DigitSplits} takes them. */
    private static List<Identity.Ref> printed(Row row, List<Identity.Ref> refs) {
        return refs.stream().map(ref -> new Identity.Ref(0, row.leaves().indexOf(ref.column()))).toList();
    }

    /** Every way to place a short row's cells in its columns, keeping their order. */
    private List<Long[]> placements(int r) {
        Row row = rows.get(r);
        List<Slot> filled = row.cells().stream().filter(slot -> !blank(slot)).toList();
        List<Long[]> readings = new ArrayList<>();
        List<int[]> positions = new ArrayList<>();
        if (row.cells().size() <= MAX_COLUMNS) {
            place(row, filled, 0, new int[filled.size()], readings, positions);
        }
        placedAt.put(r, positions);
        return readings;
    }

    private static void place(Row row, List<Slot> filled, int next, int[] at, List<Long[]> readings,
                              List<int[]> positions) {
        if (next == filled.size()) {
            Long[] reading = new Long[row.cells().size()];
            for (int i = 0; i < at.length; i++) {
                reading[row.leaves().get(at[i])] = count(Values.of(filled.get(i)));
            }
            readings.add(reading);
            positions.add(at.clone());
            return;
        }
        int from = next == 0 ? 0 : at[next - 1] + 1;
        for (int p = from; p <= row.cells().size() - (filled.size() - next); p++) {
            at[next] = p;
            place(row, filled, next + 1, at, readings, positions);
        }
    }

    /** Reads a glued row's split: each part keeps the digits it was read from and the cell they stood in. */
    private void reconstruct(int r, Long[] reading) {
        Row row = rows.get(r);
        Slot glued = row.cells().stream().filter(slot -> !blank(slot)).findFirst().orElseThrow();
        Map<Integer, Value> read = new HashMap<>();
        for (int column : row.leaves()) {
            read.put(column, Value.reported(BigDecimal.valueOf(reading[column]), Long.toString(reading[column]),
                    glued.cell().origin()).withReading(Value.Reading.RECONSTRUCTED));
        }
        values.put(r, read);
    }

    /** Reads the given columns of a short row as placed by the identities, and says so. */
    private void place(int r, int[] at, Long[] reading, Set<Integer> columns) {
        Row row = rows.get(r);
        List<Slot> filled = row.cells().stream().filter(slot -> !blank(slot)).toList();
        Map<Integer, Value> read = values.computeIfAbsent(r, key -> new HashMap<>());
        for (int column : columns) {
            read.put(column, Values.missing(row.origin()));
        }
        for (int i = 0; i < at.length; i++) {
            if (columns.contains(row.leaves().get(at[i]))) {
                read.put(row.leaves().get(at[i]), Values.of(filled.get(i)));
            }
        }
        String where = names.row().apply(r, -1);
        Long[] placed = reading.clone();
        for (int column = 0; column < placed.length; column++) {
            placed[column] = columns.contains(column) ? placed[column] : null;
        }
        String shown = show(row, placed);
        findings.add(Anomaly.of(AnomalyCode.SHORT_ROW, new Message(
                label(where) + "the row has " + filled.size() + " cells for " + row.cells().size()
                        + " columns; placed by the template's identities: " + shown,
                label(where) + "该行只有" + filled.size() + "个单元格,少于" + row.cells().size() + "列;已按勾稽关系确定各数所在列:"
                        + shown), new Location(names.table().section(), names.table().key(), where, "",
                        row.origin()), texts(filled)));
    }

    private void unreadableRow(int r, Message why, List<Integer> columns) {
        Row row = rows.get(r);
        List<Slot> filled = row.cells().stream().filter(slot -> !blank(slot)).toList();
        String raw = texts(filled);
        Origin origin = filled.isEmpty() ? row.origin() : filled.get(0).cell().origin();
        Map<Integer, Value> read = values.computeIfAbsent(r, key -> new HashMap<>());
        for (int column : columns) {
            read.put(column, Value.unreadable(raw, origin));
            String where = names.row().apply(r, column) + "." + names.column().apply(r, column);
            findings.add(Anomaly.of(AnomalyCode.UNREADABLE_CELL, new Message(
                    where + ": \"" + raw + "\" is not a number: " + why.english(),
                    where + ":“" + raw + "”不是数字:" + why.chinese()),
                    new Location(names.table().section(), names.table().key(), names.row().apply(r, column),
                            names.column().apply(r, column), origin), raw));
        }
    }

    private Message ambiguity(Row row, JointSearch.Candidates candidates, Set<Integer> accepted, boolean glued) {
        List<String> shown = new ArrayList<>();
        for (int index : accepted) {
            if (shown.size() == SHOWN) {
                shown.add("…");
                break;
            }
            shown.add(show(row, candidates.readings().get(index)));
        }
        String list = String.join("; ", shown);
        if (identities.isEmpty()) {
            String how = glued ? "ways of splitting them" : "placements of them";
            String zh = glued ? "种拆分" : "种排列";
            return new Message((glued ? "cells glued together" : "the row has fewer cells than columns") + ", and "
                    + accepted.size() + " " + how + ", with no identity to choose between them: " + list,
                    (glued ? "单元格粘连" : "该行单元格少于列数") + ",有" + accepted.size() + zh + "可能,且无勾稽关系可供判定:" + list);
        }
        if (glued) {
            return accepted.isEmpty()
                    ? new Message("cells glued together, and no way of splitting them satisfies every identity",
                            "单元格粘连,没有一种拆分满足全部勾稽关系")
                    : new Message("cells glued together, and " + accepted.size()
                            + " ways of splitting them satisfy every identity: " + list,
                            "单元格粘连,有" + accepted.size() + "种拆分均满足全部勾稽关系:" + list);
        }
        return accepted.isEmpty()
                ? new Message("the row has fewer cells than columns, and no placement satisfies every identity",
                        "该行单元格少于列数,没有一种排列满足全部勾稽关系")
                : new Message("the row has fewer cells than columns, and " + accepted.size()
                        + " placements of them satisfy every identity: " + list,
                        "该行单元格少于列数,有" + accepted.size() + "种排列均满足全部勾稽关系:" + list);
    }

    /** A reading as the row prints it ({@code 27 0 0 2 0 1 30}); {@code _} for a column left without a number. */
    private static String show(Row row, Long[] reading) {
        List<String> parts = new ArrayList<>();
        for (int p = 0; p < reading.length; p++) {
            Long value = reading[row.leaves().get(p)];
            parts.add(value == null ? "_" : value.toString());
        }
        return String.join(" ", parts);
    }

    private static String texts(List<Slot> filled) {
        return String.join(" | ", filled.stream().map(slot -> slot.cell().text().strip()).toList());
    }

    private static String label(String row) {
        return row.isEmpty() ? "" : row + ": ";
    }
}
