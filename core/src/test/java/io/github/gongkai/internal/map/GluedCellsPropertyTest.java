package io.github.gongkai.internal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Origin;
import io.github.gongkai.internal.locate.Slot;
import io.github.gongkai.internal.template.ApplicationsTemplate;
import io.github.gongkai.internal.template.ReviewLitigationTemplate;
import io.github.gongkai.internal.text.Normalizer;
import io.github.gongkai.internal.text.Numbers;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.CaseOutcome;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.TableKind;
import io.github.gongkai.model.Template;
import io.github.gongkai.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Random tables B and C that satisfy every identity, with random rows glued into runs of digits as a crawler
 * leaves them: every value recovered is the value the table was made with, and a row not recovered is left
 * unreadable with its true split among the candidates named (or with too many readings to check). Never a
 * wrong number.
 */
class GluedCellsPropertyTest {
    private static final int CASES = 300;
    private static final List<RowKey> ROWS_B = ApplicationsTemplate.rows(Template.T2021).stream()
            .filter(row -> row != RowKey.OTHER).toList();

    private int recovered;
    private int ambiguous;
    private int gaveUp;
    private int maxEffort;

    @Test
    void gluedRowsAreRecoveredOrLeftUnreadableNeverMisread() {
        Random random = new Random(20_261_207L);
        for (int n = 0; n < CASES; n++) {
            switch (n % 3) {
                case 0 -> check(random, tableB(random), TemplateIdentities.applications(ROWS_B),
                        TableKind.APPLICATIONS);
                case 1 -> check(random, List.of(reviewLitigationRow(random)), TemplateIdentities.reviewLitigation(),
                        TableKind.REVIEW_LITIGATION);
                default -> check(random, List.of(group(random), group(random), group(random)),
                        TemplateIdentities.reviewLitigationByGroup(3), TableKind.REVIEW_LITIGATION);
            }
        }
        System.out.printf("glued-cell property test: %d cases, %d fully recovered, %d left ambiguous, %d gave up;"
                + " max search effort %d steps%n", CASES, recovered, ambiguous, gaveUp, maxEffort);
        assertEquals(CASES, recovered + ambiguous + gaveUp);
        assertTrue(recovered > CASES / 2, "most random tables are recovered: " + recovered);
        assertTrue(maxEffort <= Effort.LIMIT + 1);
    }

    private void check(Random random, List<long[]> table, List<Identity> identities, TableKind kind) {
        double share = new double[] {0.15, 0.5, 1.0}[random.nextInt(3)];
        List<TableRepair.Row> rows = new ArrayList<>();
        List<Integer> glued = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            long[] values = table.get(r);
            List<Integer> leaves = IntStream.range(0, values.length).boxed().toList();
            boolean glue = random.nextDouble() < share;
            rows.add(new TableRepair.Row(leaves, glue ? gluedCells(values) : cells(values), Origin.UNKNOWN));
            if (glue) {
                glued.add(r);
            }
        }
        TableRepair.Repaired repaired = TableRepair.repair(rows, identities, new TableRepair.Names(kind,
                (r, c) -> "r" + r, (r, c) -> "c" + c));
        maxEffort = Math.max(maxEffort, repaired.effort());
        boolean all = true;
        boolean tooMany = false;
        for (int r = 0; r < table.size(); r++) {
            Map<Integer, Value> read = repaired.values().get(r);
            if (!glued.contains(r)) {
                assertEquals(null, read, "a row read as written is left alone");
                continue;
            }
            long[] truth = table.get(r);
            boolean unreadable = false;
            for (int c = 0; c < truth.length; c++) {
                Value value = read.get(c);
                if (value.isReported()) {
                    assertEquals(BigDecimal.valueOf(truth[c]), value.number().orElseThrow(), "row " + r + " column " + c);
                    assertEquals(Value.Reading.RECONSTRUCTED, value.reading());
                } else {
                    assertEquals(Value.State.UNREADABLE, value.state());
                    unreadable = true;
                }
            }
            if (unreadable) {
                all = false;
                String message = message(repaired.findings(), "r" + r);
                tooMany |= message.contains("too many");
                assertTrue(message.contains("too many") || message.contains("…") || message.contains(printed(truth)),
                        "the true split is among the candidates: " + message + " / " + printed(truth));
            }
        }
        if (all) {
            recovered++;
        } else if (tooMany) {
            gaveUp++;
        } else {
            ambiguous++;
        }
    }

    private static String message(List<Anomaly> findings, String row) {
        return findings.stream().filter(finding -> finding.location().row().equals(row)).findFirst()
                .map(finding -> finding.message().english()).orElseThrow();
    }

    private static String printed(long[] values) {
        List<String> parts = new ArrayList<>();
        for (long value : values) {
            parts.add(Long.toString(value));
        }
        return String.join(" ", parts);
    }

    /** The row's numbers in one run of digits, then blank positions. */
    private static List<Slot> gluedCells(long[] values) {
        StringBuilder digits = new StringBuilder();
        for (long value : values) {
            digits.append(value);
        }
        List<Slot> cells = new ArrayList<>();
        cells.add(slot(digits.toString()));
        cells.addAll(Collections.nCopies(values.length - 1, null));
        return cells;
    }

    private static List<Slot> cells(long[] values) {
        return java.util.Arrays.stream(values).mapToObj(value -> slot(Long.toString(value))).toList();
    }

    static Slot slot(String text) {
        return new Slot(Cell.of(text, Origin.UNKNOWN), 0, false, Normalizer.normalize(text), Normalizer.label(text),
                Numbers.parseCell(text));
    }

    /** A count as reports have them: mostly 0, often one digit, sometimes two or three. */
    private static long count(Random random) {
        int draw = random.nextInt(100);
        return draw < 55 ? 0 : draw < 85 ? 1 + random.nextInt(9) : draw < 97 ? 10 + random.nextInt(90)
                : 100 + random.nextInt(900);
    }

    /** Table B of the 2021 template in the order {@link #ROWS_B}, every identity satisfied. */
    private static List<long[]> tableB(Random random) {
        int columns = Applicant.values().length;
        long[][] table = new long[ROWS_B.size()][columns];
        List<RowKey> outcomes = ApplicationsTemplate.outcomeRows(Template.T2021);
        for (int c = 0; c < Applicant.TOTAL.ordinal(); c++) {
            long processed = 0;
            for (RowKey outcome : outcomes) {
                long value = count(random);
                table[ROWS_B.indexOf(outcome)][c] = value;
                processed += value;
            }
            long carriedOver = count(random) % 10;
            long carriedForward = count(random) % 10;
            long newlyReceived = processed + carriedForward - carriedOver;
            if (newlyReceived < 0) {
                carriedForward -= newlyReceived;
                newlyReceived = 0;
            }
            table[ROWS_B.indexOf(RowKey.TOTAL_PROCESSED)][c] = processed;
            table[ROWS_B.indexOf(RowKey.CARRIED_OVER)][c] = carriedOver;
            table[ROWS_B.indexOf(RowKey.CARRIED_FORWARD)][c] = carriedForward;
            table[ROWS_B.indexOf(RowKey.NEWLY_RECEIVED)][c] = newlyReceived;
        }
        for (long[] row : table) {
            for (int c = 0; c < Applicant.TOTAL.ordinal(); c++) {
                row[Applicant.TOTAL.ordinal()] += row[c];
            }
        }
        return List.of(table);
    }

    /** One group of table C: four outcomes and their total. */
    private static long[] group(Random random) {
        long[] group = new long[CaseOutcome.values().length];
        for (int o = 0; o < CaseOutcome.TOTAL.ordinal(); o++) {
            group[o] = count(random) % 20;
            group[CaseOutcome.TOTAL.ordinal()] += group[o];
        }
        return group;
    }

    /** Table C as one row of fifteen leaves. */
    private static long[] reviewLitigationRow(Random random) {
        long[] row = new long[ReviewLitigationTemplate.COLUMNS.leaves().size()];
        for (int g = 0; g < 3; g++) {
            System.arraycopy(group(random), 0, row, g * CaseOutcome.values().length, CaseOutcome.values().length);
        }
        return row;
    }
}
