package io.github.gongkai.model;

import io.github.gongkai.document.Origin;
import java.util.Objects;

/**
 * Where in a report a finding applies.
 *
 * @param section the section number 1–6, 0 where none applies
 * @param table   the table's key in the JSON contract ({@code applications}), empty where none applies
 * @param row     the row's key, empty where none applies
 * @param column  the column's key, empty where none applies
 * @param origin  where in the input file, {@link Origin#UNKNOWN} where no single place applies
 */
public record Location(int section, String table, String row, String column, Origin origin) {

    /** The report as a whole. */
    public static final Location REPORT = new Location(0, "", "", "", Origin.UNKNOWN);

    /** Checks the components: none may be null. */
    public Location {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(origin, "origin");
    }

    /** A section of the report. */
    public static Location section(int section, Origin origin) {
        return new Location(section, "", "", "", origin);
    }
}
