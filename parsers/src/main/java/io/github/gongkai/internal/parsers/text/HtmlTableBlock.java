package io.github.gongkai.internal.parsers.text;

import io.github.gongkai.internal.text.Characters;
import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Origin;
import io.github.gongkai.internal.text.LineJoin;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * An HTML {@code <table>} embedded in Markdown, as converters write a table with merged cells: rows in
 * the order they are written, cells with their {@code rowspan} and {@code colspan}, {@code <br>} and
 * block elements inside a cell read as its lines. Each cell's origin is the line its row starts on.
 */
final class HtmlTableBlock {
    /** Browsers cap spans at these values too. */
    private static final int MAX_COLSPAN = 1000;
    private static final int MAX_ROWSPAN = 65534;
    private static final Pattern LEADING_DIGITS = Pattern.compile("\\s*([0-9]{1,6})");

    private HtmlTableBlock() {
    }

    /**
     * The rows of the first table in an HTML fragment.
     *
     * @param html  the fragment, from {@code <table} to {@code </table>}
     * @param first the number of the fragment's first line, counted from 1
     */
    static List<List<Cell>> rows(String html, int first) {
        Element body = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true)).body();
        Element table = body.selectFirst("table");
        List<List<Cell>> rows = new ArrayList<>();
        if (table == null) {
            return rows;
        }
        List<Element> trs = table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr");
        for (int r = 0; r < trs.size(); r++) {
            Element tr = trs.get(r);
            Origin origin = new Origin.Line(first + Math.max(0, tr.sourceRange().start().lineNumber() - 1));
            List<Cell> row = new ArrayList<>();
            for (Element cell : tr.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    int rowSpan = Math.min(Math.max(span(cell.attr("rowspan"), MAX_ROWSPAN), 1), trs.size() - r);
                    int colSpan = Math.max(span(cell.attr("colspan"), MAX_COLSPAN), 1);
                    row.add(new Cell(text(cell), rowSpan, colSpan, origin));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** A cell's lines joined as one. */
    private static String text(Element cell) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        collect(cell, lines, line);
        lines.add(Characters.strip(line.toString()));
        return LineJoin.join(lines.stream().map(Characters::strip).toList(), LineJoin.Break.AUTHORED);
    }

    private static void collect(Element element, List<String> lines, StringBuilder line) {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                line.append(text.text());
            } else if (node instanceof Element child) {
                boolean breaks = child.normalName().equals("br") || child.isBlock();
                if (breaks) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                collect(child, lines, line);
                if (breaks) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
            }
        }
    }

    /** A span attribute's value: its leading digits ({@code "2"}, {@code " 3 "}), else 1. */
    private static int span(String value, int max) {
        Matcher digits = LEADING_DIGITS.matcher(value);
        return digits.lookingAt() ? Math.min(Integer.parseInt(digits.group(1)), max) : 1;
    }
}
