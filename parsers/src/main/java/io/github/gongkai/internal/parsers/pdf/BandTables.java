package io.github.gongkai.internal.parsers.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables ruled only by horizontal lines, above and below, perhaps under the header or between all rows: their
 * columns come from the alignment of the text between the rules.
 */
final class BandTables implements TableExtractor {
    private final List<Ruling> loose;

    /**
     * @param loose the horizontal lines that touch no vertical one
     */
    BandTables(List<Ruling> loose) {
        this.loose = loose;
    }

    @Override
    public List<TablePart> extract(PageContent content, List<Glyph> free) {
        List<TablePart> tables = new ArrayList<>();
        for (RuledBand band : Rulings.bands(loose, content.width())) {
            for (Edges stretch : tabularStretches(free, band)) {
                StreamTable.inBox(content.page(), free, band.left(), band.right(), stretch).ifPresent(tables::add);
            }
        }
        return tables;
    }

    /**
     * The stretches of a run of horizontal rules that frame tables: the run is cut wherever the text
     * between two rules is running text (lines in one piece), as between the bottom rule of one table and
     * the top rule of the next, where a heading and a paragraph sit. Each stretch is its rules' heights.
     */
    private static List<Edges> tabularStretches(List<Glyph> free, RuledBand band) {
        Edges rules = band.rules();
        List<Edges> stretches = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < rules.count(); i++) {
            float top = rules.get(i);
            float bottom = rules.get(i + 1);
            List<TextLine> lines = TextLine.group(Glyph.inside(free, top, bottom, band.left(), band.right()));
            boolean running = !lines.isEmpty() && lines.stream().allMatch(l -> l.pieces().size() == 1);
            if (running) {
                if (i > start) {
                    stretches.add(rules.slice(start, i + 1));
                }
                start = i + 1;
            }
        }
        if (rules.count() - 1 > start) {
            stretches.add(rules.slice(start, rules.count()));
        }
        return stretches;
    }
}
