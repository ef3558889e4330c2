package io.github.gongkai.internal.locate;

import io.github.gongkai.internal.text.NormalizedDocument;
import io.github.gongkai.model.TableKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the locate stage finds in a normalised document: its lines, the six numbered sections' headings, and
 * the rows of its tables split into tables A, B and C.
 *
 * @param lines    the paragraphs, normalised, with run-on headings split off
 * @param headings the top-level section headings, in order
 * @param tables   the rows of each of the report's tables, in document order; iterated in the order of {@link TableKind}
 */
public record Layout(List<Line> lines, List<Heading> headings, Map<TableKind, List<TableRow>> tables) {
    public Layout {
        lines = List.copyOf(lines);
        headings = List.copyOf(headings);
        Map<TableKind, List<TableRow>> copy = new EnumMap<>(TableKind.class);
        copy.putAll(tables);
        tables = Collections.unmodifiableMap(copy);
    }

    /** Locates the sections and tables of a document. */
    public static Layout of(NormalizedDocument document) {
        List<Line> lines = Lines.of(document);
        List<Heading> headings = SectionLocator.sections(lines);
        Map<TableKind, List<TableRow>> tables = TableSegments.split(TableRows.of(document),
                sectionOfBlock(document.raw().blocks().size(), lines, headings));
        return new Layout(lines, headings, tables);
    }

    /** The rows of one of the report's tables; none where the document does not have it. */
    public List<TableRow> table(TableKind kind) {
        return tables.getOrDefault(kind, List.of());
    }

    /** For each block, the number of the section it stands in; 0 before the first. */
    private static int[] sectionOfBlock(int blocks, List<Line> lines, List<Heading> headings) {
        int[] section = new int[blocks];
        for (Heading heading : headings) {
            int start = lines.get(heading.line()).block();
            for (int b = start; b < section.length; b++) {
                section[b] = heading.number();
            }
        }
        return section;
    }
}
