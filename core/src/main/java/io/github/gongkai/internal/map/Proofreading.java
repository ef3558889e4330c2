package io.github.gongkai.internal.map;

import io.github.gongkai.document.Origin;
import io.github.gongkai.internal.locate.Slot;
import io.github.gongkai.internal.text.CellNumber;
import io.github.gongkai.internal.text.Normalizer;
import io.github.gongkai.internal.text.Numbers;
import io.github.gongkai.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Proof-reads the cells of a table recognised from a scanned page (OCR) with the template's identities. Where an
 * identity fails as the cells were first read, or cannot be assessed because a cell was read as no number that
 * the recogniser also read as one, the cells it covers that the recogniser read other ways too are given those
 * readings as candidates, and the rows are searched together ({@link JointSearch}) for the
 * combinations that make every identity hold. Exactly one: it is adopted, each changed cell marked
 * {@link Value.Reading#PROOFREAD}. None or several: every cell keeps its first reading, and the failed identity
 * reports it. A candidate is always a reading the recogniser produced: no digit is invented.
 */
final class Proofreading {
    /** Readings of one row tried at most (the product of its cells' readings); a row with more is not searched. */
    private static final int MAX_PER_ROW = 1024;

    private final List<TableRepair.Row> rows;
    private final Long[][] known;
    private final List<Identity> identities;

    private Proofreading(List<TableRepair.Row> rows, Long[][] known, List<Identity> identities) {
        this.rows = rows;
        this.known = known;
        this.identities = identities;
    }

    /**
     * The cells the identities correct, by row index and template column; empty where none fails, or where
     * the recognised readings give no single way to make them all hold.
     *
     * @param rows       the table's rows as printed
     * @param known      each row's numbers as first read, by template column ({@code null} where none)
     * @param identities the template's identities over (row index, template column)
     * @param effort     the table's bound on the search
     */
    static Map<Integer, Map<Integer, Value>> proofread(List<TableRepair.Row> rows, Long[][] known,
                                                       List<Identity> identities, Effort effort) {
        return new Proofreading(rows, known, identities).run(effort);
    }

    private Map<Integer, Map<Integer, Value>> run(Effort effort) {
        // Row index → template column → the cell's readings, the first reading first.
        Map<Integer, Map<Integer, List<Long>>> doubtful = new TreeMap<>();
        for (Identity identity : identities) {
            if (inDoubt(identity)) {
                for (Identity.Ref ref : cells(identity)) {
                    List<Long> readings = readings(ref);
                    if (readings.size() > 1 || readings.size() == 1 && known[ref.row()][ref.column()] == null) {
                        doubtful.computeIfAbsent(ref.row(), r -> new TreeMap<>()).put(ref.column(), readings);
                    }
                }
            }
        }
        if (doubtful.isEmpty()) {
            return Map.of();
        }
        List<JointSearch.Candidates> candidates = new ArrayList<>();
        for (Map.Entry<Integer, Map<Integer, List<Long>>> row : doubtful.entrySet()) {
            List<Long[]> combinations = combinations(known[row.getKey()], row.getValue());
            if (combinations.isEmpty()) {
                return Map.of();
            }
            candidates.add(new JointSearch.Candidates(row.getKey(), combinations, false));
        }
        JointSearch.Outcome outcome = JointSearch.run(known, candidates, identities, effort);
        if (outcome.exhausted() || !outcome.accepted().stream().allMatch(accepted -> accepted.size() == 1)) {
            return Map.of();
        }
        Map<Integer, Map<Integer, Value>> corrected = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            int r = candidates.get(i).row();
            Long[] chosen = candidates.get(i).readings().get(outcome.accepted().get(i).iterator().next());
            for (int column : doubtful.get(r).keySet()) {
                if (!chosen[column].equals(known[r][column])) {
                    Slot slot = slot(new Identity.Ref(r, column));
                    corrected.computeIfAbsent(r, key -> new HashMap<>()).put(column, Value.reported(
                            BigDecimal.valueOf(chosen[column]), slot.cell().text(), slot.cell().origin())
                            .withReading(Value.Reading.PROOFREAD));
                }
            }
        }
        return corrected;
    }

    /**
     * Whether an identity is in doubt as the cells were first read: it fails, or it cannot be assessed only
     * because recognised cells were read as no number that the recogniser also read as one.
     */
    private boolean inDoubt(Identity identity) {
        boolean unread = false;
        for (Identity.Ref ref : cells(identity)) {
            if (known[ref.row()][ref.column()] == null) {
                if (readings(ref).isEmpty()) {
                    return false;
                }
                unread = true;
            }
        }
        return unread || fails(identity);
    }

    /** Whether an identity fails as the cells were first read: every cell has a number and the sums differ. */
    private boolean fails(Identity identity) {
        Long left = sum(identity.left());
        Long right = sum(identity.right());
        return left != null && right != null && !left.equals(right);
    }

    private Long sum(List<Identity.Ref> refs) {
        long sum = 0;
        for (Identity.Ref ref : refs) {
            Long value = known[ref.row()][ref.column()];
            if (value == null) {
                return null;
            }
            sum += value;
        }
        return sum;
    }

    private static List<Identity.Ref> cells(Identity identity) {
        List<Identity.Ref> cells = new ArrayList<>(identity.left());
        cells.addAll(identity.right());
        return cells;
    }

    /**
     * A cell's counts as the recogniser read it: the first reading (where it is a count), then each other
     * reading that is a count; nothing for a cell not recognised from an image.
     */
    private List<Long> readings(Identity.Ref ref) {
        Slot slot = slot(ref);
        if (slot == null || !(slot.cell().origin() instanceof Origin.Recognized recognized)) {
            return List.of();
        }
        Set<Long> readings = new LinkedHashSet<>();
        if (known[ref.row()][ref.column()] != null) {
            readings.add(known[ref.row()][ref.column()]);
        }
        for (String alternative : recognized.alternatives()) {
            CellNumber number = Numbers.readRecognizedCount(Normalizer.normalize(alternative));
            if (number.kind() == CellNumber.Kind.NUMBER && number.value().signum() >= 0) {
                try {
                    readings.add(number.value().longValueExact());
                } catch (ArithmeticException notWhole) {
                    // A fraction is no count: not a candidate.
                }
            }
        }
        return List.copyOf(readings);
    }

    private Slot slot(Identity.Ref ref) {
        TableRepair.Row row = rows.get(ref.row());
        int position = row.leaves().indexOf(ref.column());
        return position < 0 ? null : row.cells().get(position);
    }

    /**
     * Every reading of a row: its numbers as first read, each doubtful cell taking each of its readings; none
     * where there are more than {@link #MAX_PER_ROW}.
     */
    private static List<Long[]> combinations(Long[] first, Map<Integer, List<Long>> doubtful) {
        long count = 1;
        for (List<Long> readings : doubtful.values()) {
            count *= readings.size();
            if (count > MAX_PER_ROW) {
                return List.of();
            }
        }
        List<Long[]> combinations = new ArrayList<>();
        combinations.add(first.clone());
        for (Map.Entry<Integer, List<Long>> cell : doubtful.entrySet()) {
            List<Long[]> next = new ArrayList<>();
            for (Long[] partial : combinations) {
                for (Long reading : cell.getValue()) {
                    Long[] combination = partial.clone();
                    combination[cell.getKey()] = reading;
                    next.add(combination);
                }
            }
            combinations = next;
        }
        return combinations;
    }
}
