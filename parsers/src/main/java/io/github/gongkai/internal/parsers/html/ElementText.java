package io.github.gongkai.internal.parsers.html;

import io.github.gongkai.internal.text.LineJoin;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text of one element as one line: the paragraphs, spans and {@code <br>} lines inside a table cell
 * (Word exports put a {@code <p class=MsoNormal>} in every cell, and wrap long labels) joined by
 * {@link LineJoin}.
 */
final class ElementText {

    private ElementText() {
    }

    static String of(Element element) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    line.append(text.getWholeText());
                } else if (node instanceof Element child && node != element) {
                    if (Tags.isSkipped(child)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (Tags.isLineBreak(child) || Tags.isBlock(child)) {
                        endLine(lines, line);
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element child && Tags.isBlock(child)) {
                    endLine(lines, line);
                }
                return FilterResult.CONTINUE;
            }
        }, element);
        endLine(lines, line);
        return LineJoin.join(lines, LineJoin.Break.AUTHORED);
    }

    private static void endLine(List<String> lines, StringBuilder line) {
        if (line.length() > 0) {
            lines.add(InlineText.fold(line));
            line.setLength(0);
        }
    }
}
