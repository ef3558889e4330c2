package io.github.gongkai.internal.map;

import static io.github.gongkai.internal.map.GluedCellsPropertyTest.slot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Origin;
import io.github.gongkai.internal.locate.Slot;
import io.github.gongkai.internal.template.ApplicationsTemplate;
import io.github.gongkai.internal.text.Numbers;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.TableKind;
import io.github.gongkai.model.Template;
import io.github.gongkai.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Rows glued into digit runs or short of cells are read by the identities, or not at all; never by guess. */
class TableRepairTest {
    private static final TableRepair.Names NAMES = new TableRepair.Names(TableKind.APPLICATIONS, (r, c) -> "r" + r, (r, c) -> "c" + c);
    private static final List<RowKey> ROWS_B = ApplicationsTemplate.rows(Template.T2021).stream()
            .filter(row -> row != RowKey.OTHER).toList();

    private static TableRepair.Row row(int columns, String... cells) {
        List<Slot> slots = new ArrayList<>();
        for (String cell : cells) {
            slots.add(cell.isEmpty() ? null : slot(cell));
        }
        slots.addAll(Collections.nCopies(columns - cells.length, null));
        return new TableRepair.Row(IntStream.range(0, columns).boxed().toList(), slots, Origin.UNKNOWN);
    }

    private static List<BigDecimal> numbers(Map<Integer, Value> row) {
        return IntStream.range(0, row.size()).mapToObj(c -> row.get(c).number().orElse(null)).toList();
    }

    private static List<BigDecimal> numbers(long... values) {
        return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void aGluedRowIsSplitTheOneWayTheTableIdentitiesAllowAndMarkedReconstructed() {
        // (一)予以公开 27 0 0 2 0 1 30 glued; alone, 2 7 0 0 20 1 30 adds up too: the column totals decide.
        List<TableRepair.Row> rows = new ArrayList<>();
        for (RowKey key : ROWS_B) {
            boolean stated = key == RowKey.NEWLY_RECEIVED || key == RowKey.TOTAL_PROCESSED;
            rows.add(key == RowKey.GRANTED ? row(7, "270020130")
                    : stated ? row(7, "27", "0", "0", "2", "0", "1", "30") : row(7, "0", "0", "0", "0", "0", "0", "0"));
        }

        TableRepair.Repaired repaired = TableRepair.repair(rows, TemplateIdentities.applications(ROWS_B), NAMES);

        Map<Integer, Value> granted = repaired.values().get(ROWS_B.indexOf(RowKey.GRANTED));
        assertEquals(numbers(27, 0, 0, 2, 0, 1, 30), numbers(granted));
        assertTrue(granted.values().stream().allMatch(value -> value.reading() == Value.Reading.RECONSTRUCTED));
        assertEquals("27", granted.get(0).raw());
        assertEquals(List.of(), repaired.findings());
    }

    @Test
    void aGluedRowTwoSplitsOfWhichAddUpStaysUnreadableWithBoth() {
        TableRepair.Repaired repaired = TableRepair.repair(List.of(row(7, "270020130")),
                List.of(Identity.rowSum(0, List.of(0, 1, 2, 3, 4, 5), 6)), NAMES);

        assertTrue(repaired.values().get(0).values().stream().allMatch(value -> value.state() == Value.State.UNREADABLE));
        assertEquals("r0.c6: \"270020130\" is not a number: cells glued together, and 2 ways of splitting them satisfy"
                + " every identity: 2 7 0 0 20 1 30; 27 0 0 2 0 1 30", repaired.findings().get(6).message().english());
    }

    @Test
    void aGluedRowThatSplitsSeveralWaysStaysUnreadableWithTheCandidatesNamed() {
        TableRepair.Repaired repaired = TableRepair.repair(List.of(row(3, "2117")), List.of(), NAMES);

        assertTrue(repaired.values().get(0).values().stream().allMatch(value -> value.state() == Value.State.UNREADABLE));
        assertEquals(3, repaired.findings().size());
        Anomaly first = repaired.findings().get(0);
        assertEquals(AnomalyCode.UNREADABLE_CELL, first.code());
        assertEquals("r0.c0: \"2117\" is not a number: cells glued together, and 3 ways of splitting them, with no"
                + " identity to choose between them: 2 1 17; 2 11 7; 21 1 7", first.message().english());
    }

    @Test
    void noPartHasALeadingZeroUnlessItIsZero() {
        TableRepair.Repaired repaired = TableRepair.repair(List.of(row(3, "1005"), row(7, "0000000")), List.of(), NAMES);

        assertEquals(numbers(10, 0, 5), numbers(repaired.values().get(0)));
        assertEquals(numbers(0, 0, 0, 0, 0, 0, 0), numbers(repaired.values().get(1)));
    }

    @Test
    void hostileDigitRunsEndUnreadableWithinTheEffortBound() {
        String ones = "1".repeat(84);
        List<TableRepair.Row> rows = new ArrayList<>();
        for (int r = 0; r < 25; r++) {
            rows.add(row(7, ones));
        }
        rows.add(row(7, "9".repeat(5000)));
        List<Identity> sums = IntStream.range(0, rows.size())
                .mapToObj(r -> Identity.rowSum(r, List.of(0, 1, 2, 3, 4, 5), 6)).toList();

        TableRepair.Repaired repaired = TableRepair.repair(rows, sums, NAMES);

        assertTrue(repaired.effort() <= Effort.LIMIT + 1, "bounded: " + repaired.effort());
        assertTrue(repaired.values().values().stream().flatMap(row -> row.values().stream())
                .noneMatch(Value::isReported));
        assertTrue(repaired.findings().get(0).message().english().contains("too many ways"));
    }

    @Test
    void aShortRowWithoutIdentitiesIsNotReadByPosition() {
        TableRepair.Repaired repaired = TableRepair.repair(List.of(row(3, "5", "120")), List.of(), NAMES);

        assertTrue(repaired.values().get(0).values().stream().noneMatch(Value::isReported));
        assertEquals("r0.c1: \"5 | 120\" is not a number: the row has fewer cells than columns, and 3 placements of"
                + " them, with no identity to choose between them: 5 120 _; 5 _ 120; _ 5 120",
                repaired.findings().get(1).message().english());
    }

    @Test
    void aShortRowIsPlacedByTheIdentitiesWithAWarning() {
        // 一 has 3 from natural persons and 1 from a company (total 4), all granted; the company's 1 was moved out.
        List<TableRepair.Row> rows = new ArrayList<>();
        for (RowKey key : ROWS_B) {
            boolean stated = key == RowKey.NEWLY_RECEIVED || key == RowKey.GRANTED || key == RowKey.TOTAL_PROCESSED;
            rows.add(key == RowKey.NEWLY_RECEIVED ? row(7, "3", "0", "0", "0", "0", "4")
                    : stated ? row(7, "3", "1", "0", "0", "0", "0", "4") : row(7, "0", "0", "0", "0", "0", "0", "0"));
        }

        TableRepair.Repaired repaired = TableRepair.repair(rows, TemplateIdentities.applications(ROWS_B), NAMES);

        Map<Integer, Value> placed = repaired.values().get(ROWS_B.indexOf(RowKey.NEWLY_RECEIVED));
        assertEquals(BigDecimal.valueOf(3), placed.get(Applicant.NATURAL_PERSON.ordinal()).number().orElseThrow());
        assertEquals(Value.State.NOT_REPORTED, placed.get(Applicant.COMMERCIAL.ordinal()).state());
        assertEquals(BigDecimal.ZERO, placed.get(Applicant.OTHER.ordinal()).number().orElseThrow());
        assertEquals(BigDecimal.valueOf(4), placed.get(Applicant.TOTAL.ordinal()).number().orElseThrow());
        assertEquals(List.of(AnomalyCode.SHORT_ROW), repaired.findings().stream().map(Anomaly::code).toList());
        assertEquals(1, repaired.values().size(), "the other rows are read as written");
    }

    @Test
    void aRowThatHasItsBlankCellsKeepsThePositions() {
        // A grid row with a real empty cell at its end is not short of a cell: its last value is not reported.
        Slot empty = new Slot(Cell.of("", new Origin.Line(3)), 2, false, "", "", Numbers.parseCell(""));
        TableRepair.Row row = new TableRepair.Row(List.of(0, 1, 2), List.of(slot("5"), slot("120"), empty), Origin.UNKNOWN);

        assertEquals(Map.of(), TableRepair.repair(List.of(row), List.of(), NAMES).values());
    }

    @Test
    void aBlankBetweenValuesIsACellOfItsOwnAndKeepsThePositions() {
        TableRepair.Repaired repaired = TableRepair.repair(List.of(row(3, "5", "", "120")), List.of(), NAMES);

        assertEquals(Map.of(), repaired.values());
    }
}
