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

    /** A table as a whole, in the section the template puts it in. */
    public static Location table(TableKind table, Origin origin) {
        return new Location(table.section(), table.key(), "", "", origin);
    }

    /** A row of a table. */
    public static Location row(TableKind table, Keyed row, Origin origin) {
        return new Location(table.section(), table.key(), row.key(), "", origin);
    }

    /** A column of a table over several of its rows. */
    public static Location column(TableKind table, Keyed column, Origin origin) {
        return new Location(table.section(), table.key(), "", column.key(), origin);
    }

    /** A cell of a table. */
    public static Location cell(TableKind table, Keyed row, Keyed column, Origin origin) {
        return new Location(table.section(), table.key(), row.key(), column.key(), origin);
    }

    /**
     * The same table, row and column as the text of a section speaks of them (共收到申请113件 in section 一 is
     * about table B's 一、本年新收 总计).
     */
    public Location inSection(int number, Origin at) {
        return new Location(number, table, row, column, at);
    }
}
