package io.github.gongkai.internal.parsers.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables without any lines (stream): runs of text lines cut into pieces by wide gaps, their columns and rows found
 * from the alignment of the text alone. What is not a table is the page's running text, kept for {@link #text}.
 */
final class LinelessTables implements TableExtractor {
    private final List<TextLine> text = new ArrayList<>();

    @Override
    public List<TablePart> extract(PageContent content, List<Glyph> free) {
        List<TablePart> tables = new ArrayList<>();
        List<TextLine> lines = TextLine.group(free);
        int i = 0;
        while (i < lines.size()) {
            int end = StreamTable.runEnd(lines, i);
            if (end > i) {
                List<TextLine> run = new ArrayList<>(lines.subList(i, end));
                StreamTable.takeHeader(text, run, i <= 2);
                tables.add(StreamTable.build(content.page(), run, run.get(0).top, run.get(run.size() - 1).bottom,
                        Edges.NONE));
                i = end;
            } else {
                text.add(lines.get(i++));
            }
        }
        free.clear(); // every glyph left is now in a table or in the text
        return tables;
    }

    /** The lines of the page outside its tables, top to bottom, once {@link #extract} has run. */
    List<TextLine> text() {
        return text;
    }
}
