package io.github.gongkai.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which version of the State Council's template a report follows. */
public enum Template {
    /** The 2019 template, for reports on 2019 and 2020. */
    T2019("2019"),
    /** The 2021 template, for reports on 2021 onwards. */
    T2021("2021"),
    /** A report from before 2019, which follows no national grid. */
    LEGACY("legacy");

    private static final Map<ActiveItem, List<Measure>> ITEMS_2021 = items(
            ActiveItem.RULES, List.of(Measure.ISSUED, Measure.REPEALED, Measure.IN_FORCE),
            ActiveItem.NORMATIVE_DOCUMENTS, List.of(Measure.ISSUED, Measure.REPEALED, Measure.IN_FORCE),
            ActiveItem.LICENSING, List.of(Measure.DECISIONS),
            ActiveItem.PUNISHMENT, List.of(Measure.DECISIONS),
            ActiveItem.ENFORCEMENT, List.of(Measure.DECISIONS),
            ActiveItem.FEES, List.of(Measure.AMOUNT));

    private static final List<Measure> ITEM_2019 = List.of(Measure.PREVIOUS_YEAR, Measure.CHANGE, Measure.DECISIONS);
    private static final Map<ActiveItem, List<Measure>> ITEMS_2019 = items(
            ActiveItem.RULES, List.of(Measure.NEWLY_MADE, Measure.NEWLY_PUBLISHED, Measure.TOTAL_PUBLISHED),
            ActiveItem.NORMATIVE_DOCUMENTS, List.of(Measure.NEWLY_MADE, Measure.NEWLY_PUBLISHED, Measure.TOTAL_PUBLISHED),
            ActiveItem.LICENSING, ITEM_2019,
            ActiveItem.OTHER_SERVICES, ITEM_2019,
            ActiveItem.PUNISHMENT, ITEM_2019,
            ActiveItem.ENFORCEMENT, ITEM_2019,
            ActiveItem.FEES, List.of(Measure.PREVIOUS_YEAR, Measure.CHANGE),
            ActiveItem.PROCUREMENT, List.of(Measure.COUNT, Measure.AMOUNT));

    /** The (六) sub-rows of table B that only the 2021 template has. */
    private static final Set<RowKey> OTHER_SUB_ROWS =
            EnumSet.of(RowKey.OTHER_NO_CORRECTION, RowKey.OTHER_NO_FEE, RowKey.OTHER_OTHER);

    private final String key;

    Template(String key) {
        this.key = key;
    }

    /** The value of {@code report.template} in the JSON contract. */
    public String key() {
        return key;
    }

    /**
     * Table A's items with their measures (the columns each has), in template order; a legacy report's are
     * read as 2021's.
     */
    public Map<ActiveItem, List<Measure>> activeDisclosure() {
        return this == T2019 ? ITEMS_2019 : ITEMS_2021;
    }

    /** Table B's rows, in template order; the (六) sub-rows are the 2021 template's only. */
    public List<RowKey> applicationRows() {
        Set<RowKey> rows = EnumSet.allOf(RowKey.class);
        if (this == T2019) {
            rows.removeAll(OTHER_SUB_ROWS);
        }
        return List.copyOf(rows);
    }

    private static Map<ActiveItem, List<Measure>> items(Object... pairs) {
        Map<ActiveItem, List<Measure>> items = new EnumMap<>(ActiveItem.class);
        for (int i = 0; i < pairs.length; i += 2) {
            items.put((ActiveItem) pairs[i], castMeasures(pairs[i + 1]));
        }
        return Collections.unmodifiableMap(items);
    }

    @SuppressWarnings("unchecked")
    private static List<Measure> castMeasures(Object measures) {
        return (List<Measure>) measures;
    }
}
