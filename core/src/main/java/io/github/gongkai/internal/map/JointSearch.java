package io.github.gongkai.internal.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.TreeSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses, for rows whose cells are uncertain, the readings that together satisfy every identity that can be
 * assessed. Identities couple the rows (a column's (七)总计 is the sum of twenty rows), so the rows are read
 * jointly: a backtracking search over each row's candidates, fewest first, pruned as soon as an identity is
 * decided or, counts being non-negative, as soon as the parts already exceed a decided total.
 */
final class JointSearch {
    private final Long[][] grid;
    private final boolean[] decided;
    private final boolean[] mayBeNull;
    private final List<Integer> order;
    private final List<Candidates> rows;
    private final List<List<Identity>> touching;
    private final Effort effort;
    private final List<Set<Integer>> accepted = new ArrayList<>();
    private final int[] chosen;

    /**
     * A row's possible readings.
     *
     * @param row       the row's index in the grid
     * @param readings  each a value per template column; {@code null} where the reading leaves the cell without a
     *                  number
     * @param mayBeNull whether some reading leaves a cell without a number (a short row), which makes an identity
     *                  over it unassessable rather than a bound
     */
    record Candidates(int row, List<Long[]> readings, boolean mayBeNull) {
    }

    /**
     * What the search found.
     *
     * @param accepted  for each uncertain row, in the order given, the indices of its readings that are part of
     *                  a consistent whole
     * @param exhausted whether the search ran out of effort, leaving {@code accepted} incomplete
     */
    record Outcome(List<Set<Integer>> accepted, boolean exhausted) {
    }

    private JointSearch(Long[][] known, List<Candidates> rows, List<Identity> identities, Effort effort) {
        this.grid = new Long[known.length][];
        for (int r = 0; r < known.length; r++) {
            grid[r] = known[r].clone();
        }
        this.decided = new boolean[known.length];
        Arrays.fill(decided, true);
        this.mayBeNull = new boolean[known.length];
        rows.forEach(candidates -> {
            decided[candidates.row()] = false;
            mayBeNull[candidates.row()] = candidates.mayBeNull();
        });
        this.rows = rows;
        this.chosen = new int[rows.size()];
        this.order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
            accepted.add(new TreeSet<>());
        }
        order.sort(Comparator.comparingInt(i -> rows.get(i).readings().size()));
        this.touching = new ArrayList<>();
        for (int r = 0; r < known.length; r++) {
            int row = r;
            touching.add(identities.stream().filter(identity -> mentions(identity, row)).toList());
        }
        this.effort = effort;
    }

    /**
     * Runs the search.
     *
     * @param known      the table's cells: a number, or {@code null} where the cell has none; the rows of
     *                   {@code rows} are filled in by the search
     * @param rows       the uncertain rows with their readings
     * @param identities the template's identities over the grid
     */
    static Outcome run(Long[][] known, List<Candidates> rows, List<Identity> identities, Effort effort) {
        JointSearch search = new JointSearch(known, rows, identities, effort);
        search.search(0);
        return new Outcome(search.accepted, effort.exhausted());
    }

    private void search(int depth) {
        if (!effort.spend()) {
            return;
        }
        if (depth == order.size()) {
            for (int i = 0; i < rows.size(); i++) {
                accepted.get(i).add(chosen[i]);
            }
            return;
        }
        int index = order.get(depth);
        Candidates candidates = rows.get(index);
        int row = candidates.row();
        decided[row] = true;
        for (int i = 0; i < candidates.readings().size() && !effort.exhausted(); i++) {
            chosen[index] = i;
            grid[row] = candidates.readings().get(i);
            if (possible(touching.get(row))) {
                search(depth + 1);
            }
        }
        decided[row] = false;
    }

    private boolean possible(List<Identity> identities) {
        for (Identity identity : identities) {
            if (!possible(identity)) {
                return false;
            }
        }
        return true;
    }

    /** Whether an identity can still hold (or cannot be assessed) with the rows decided so far. */
    private boolean possible(Identity identity) {
        Side left = side(identity.left());
        Side right = side(identity.right());
        if (left.empty || right.empty) {
            return true;
        }
        if (left.open == 0 && right.open == 0) {
            return left.sum == right.sum;
        }
        // Counts are not negative: a side whose decided parts already exceed the other, complete side cannot
        // come back down, unless an undecided cell may yet make the identity unassessable.
        if (left.open == 0 && !right.maybeEmpty && right.sum > left.sum) {
            return false;
        }
        return right.open != 0 || left.maybeEmpty || left.sum <= right.sum;
    }

    private Side side(List<Identity.Ref> refs) {
        Side side = new Side();
        for (Identity.Ref ref : refs) {
            if (!decided[ref.row()]) {
                side.open++;
                side.maybeEmpty |= mayBeNull[ref.row()];
            } else if (grid[ref.row()][ref.column()] == null) {
                side.empty = true;
            } else {
                side.sum += grid[ref.row()][ref.column()];
            }
        }
        return side;
    }

    private static boolean mentions(Identity identity, int row) {
        return identity.left().stream().anyMatch(ref -> ref.row() == row)
                || identity.right().stream().anyMatch(ref -> ref.row() == row);
    }

    /** One side of an identity: the sum of its decided cells, how many are open, whether one has no number. */
    private static final class Side {
        private long sum;
        private int open;
        private boolean empty;
        private boolean maybeEmpty;
    }
}
