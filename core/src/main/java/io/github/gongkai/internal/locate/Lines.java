package io.github.gongkai.internal.locate;

import io.github.gongkai.document.Block;
import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Paragraph;
import io.github.gongkai.document.Table;
import io.github.gongkai.internal.template.SectionTemplate;
import io.github.gongkai.internal.text.NormalizedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The document's paragraphs as normalised lines, with section headings that ran into a paragraph split off. */
public final class Lines {
    /**
     * A top-level heading inside a paragraph, after the end of a sentence: PDF text, careless editing and
     * crawlers that keep a page's text on one line run {@code …如下。一、总体情况} and
     * {@code …工作。二、主动公开政府信息情况} together. Only the template's own title words qualify, so that
     * enumerations in the text are left alone.
     */
    private static final Pattern RUN_ON_HEADING = Pattern.compile(
            "(?<=[。;!?])\\s*(?=一[、.](?:总体情况|基本情况)"
                    + "|[二三四五六][、.](?:主动公开|收到和处理|政府信息公开行政复议|存在的主要问题|其他需要报告))");

    private static final Pattern CAPTION = Pattern.compile("^([一二三四五六])\\s*[、.]\\s*(.{2,30})$");
    private static final String NUMERALS = "一二三四五六";

    private Lines() {
    }

    /** The paragraphs of a document in order, normalised. */
    public static List<Line> of(NormalizedDocument document) {
        List<Line> lines = new ArrayList<>();
        List<Block> blocks = document.raw().blocks();
        List<Block> normal = document.normal().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Paragraph paragraph) {
                String text = ((Paragraph) normal.get(i)).text();
                if (text.isEmpty()) {
                    continue;
                }
                split(paragraph, text, i, lines);
            } else if (blocks.get(i) instanceof Table table) {
                captions(table, (Table) normal.get(i), i, lines);
            }
        }
        return lines;
    }

    /**
     * Section headings that a page put into a table as a caption row: a row whose one non-blank cell is a
     * heading with the template's title for its number. Any other heading-like text in a table is a label.
     */
    private static void captions(Table table, Table normal, int block, List<Line> into) {
        for (int r = 0; r < table.rows().size(); r++) {
            List<Cell> row = table.rows().get(r);
            int filled = -1;
            int count = 0;
            for (int c = 0; c < row.size(); c++) {
                if (!row.get(c).isBlank()) {
                    filled = c;
                    count++;
                }
            }
            if (count != 1) {
                continue;
            }
            String text = normal.rows().get(r).get(filled).text();
            Matcher heading = CAPTION.matcher(text);
            if (heading.matches() && SectionTemplate.titleMatches(NUMERALS.indexOf(heading.group(1)) + 1, heading.group(2))) {
                into.add(new Line(row.get(filled).text(), text, row.get(filled).origin(), block));
            }
        }
    }

    private static void split(Paragraph paragraph, String text, int block, List<Line> into) {
        Matcher matcher = RUN_ON_HEADING.matcher(text);
        if (!matcher.find()) {
            into.add(new Line(paragraph.text(), text, paragraph.origin(), block));
            return;
        }
        // The pieces of a split paragraph keep their normalised text as their raw text: offsets into the
        // original do not survive normalisation.
        int start = 0;
        do {
            into.add(new Line(text.substring(start, matcher.start()), text.substring(start, matcher.start()),
                    paragraph.origin(), block));
            start = matcher.end();
        } while (matcher.find());
        into.add(new Line(text.substring(start), text.substring(start), paragraph.origin(), block));
    }
}
