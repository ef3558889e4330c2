package io.github.gongkai.internal.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ways to split a run of digits into a row's cells, as a crawler's text leaves them when it joins a row's
 * cells ({@code 27 | 0 | 0 | 2 | 0 | 1 | 30} arrives as {@code 270020130}). Each part is a whole count without a
 * leading zero unless it is {@code 0}. An identity within the row
 * (总计 = the sum of the parts) fixes its last cell once the others are chosen, so the enumeration only
 * guesses the free cells and then checks that the digits left spell the sum.
 */
final class DigitSplits {
    /** No count in these tables comes near this many digits; it also keeps sums inside a {@code long}. */
    private static final int MAX_DIGITS = 12;

    private final String digits;
    private final int cells;
    /** For each position, the sums whose last cell it is. */
    private final List<List<Identity>> closing = new ArrayList<>();
    /** The sums whose one cell on the right, their total, is their last. */
    private final List<Identity> totals = new ArrayList<>();
    private final Effort effort;
    private final List<long[]> found = new ArrayList<>();

    private DigitSplits(String digits, int cells, List<Identity> sums, Effort effort) {
        this.digits = digits;
        this.cells = cells;
        for (int position = 0; position < cells; position++) {
            closing.add(new ArrayList<>());
        }
        for (Identity sum : sums) {
            int last = -1;
            for (Identity.Ref ref : cellsOf(sum)) {
                last = Math.max(last, ref.column());
            }
            closing.get(last).add(sum);
            if (sum.right().size() == 1 && sum.right().get(0).column() == last) {
                totals.add(sum);
            }
        }
        this.effort = effort;
    }

    /**
     * Every split of the digits into {@code cells} parts that satisfies the row's own sums.
     *
     * @param digits the row's glued digits
     * @param cells  the number of cells the row has in the template
     * @param sums   identities within the row, over printed positions 0 … cells−1 (row 0)
     * @param effort the work left; empty where it ran out
     * @return the splits, each a value per printed position
     */
    static Optional<List<long[]>> of(String digits, int cells, List<Identity> sums, Effort effort) {
        DigitSplits splits = new DigitSplits(digits, cells, sums, effort);
        splits.split(0, new long[cells], 0);
        return effort.exhausted() ? Optional.empty() : Optional.of(splits.found);
    }

    private void split(int position, long[] values, int from) {
        if (!effort.spend()) {
            return;
        }
        int left = cells - position;
        int rest = digits.length() - from;
        if (left == 0) {
            if (rest == 0) {
                found.add(values.clone());
            }
            return;
        }
        if (rest < left || rest > (long) left * MAX_DIGITS || rest < left - 1 + totalDigits(position, values)) {
            return;
        }
        Long fixed = fixedBySum(position, values);
        if (fixed != null) {
            String text = Long.toString(fixed);
            if (fixed >= 0 && digits.startsWith(text, from)) {
                values[position] = fixed;
                split(position + 1, values, from + text.length());
            }
            return;
        }
        int longest = digits.charAt(from) == '0' ? 1 : Math.min(MAX_DIGITS, rest - (left - 1));
        for (int length = 1; length <= longest && !effort.exhausted(); length++) {
            values[position] = Long.parseLong(digits, from, from + length, 10);
            split(position + 1, values, from + length);
        }
    }

    /**
     * The fewest digits a total still to come needs: at least those of the sum of its parts chosen so far
     * (counts are not negative), where a sum's only cell on the right is its last.
     */
    private int totalDigits(int position, long[] values) {
        int most = 1;
        for (Identity sum : totals) {
            int last = sum.right().get(0).column();
            if (last < position) {
                continue;
            }
            long partial = 0;
            for (Identity.Ref ref : sum.left()) {
                partial += ref.column() < position ? values[ref.column()] : 0;
            }
            int digits = 1;
            for (long rest = partial / 10; rest > 0; rest /= 10) {
                digits++;
            }
            most = Math.max(most, digits);
        }
        return most;
    }

    /** The value a sum of the row fixes for this position, being the last of its cells; {@code null} if none. */
    private Long fixedBySum(int position, long[] values) {
        Long fixed = null;
        for (Identity sum : closing.get(position)) {
            long left = 0;
            long right = 0;
            boolean onLeft = false;
            for (Identity.Ref ref : sum.left()) {
                if (ref.column() == position) {
                    onLeft = true;
                } else {
                    left += values[ref.column()];
                }
            }
            for (Identity.Ref ref : sum.right()) {
                if (ref.column() != position) {
                    right += values[ref.column()];
                }
            }
            long value = onLeft ? right - left : left - right;
            if (fixed != null && fixed != value) {
                return -1L;
            }
            fixed = value;
        }
        return fixed;
    }

    private static List<Identity.Ref> cellsOf(Identity identity) {
        List<Identity.Ref> all = new ArrayList<>(identity.left());
        all.addAll(identity.right());
        return all;
    }
}
