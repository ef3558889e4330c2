package io.github.gongkai.internal.parsers.html;

import io.github.gongkai.internal.parsers.LimitExceeded;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The few elements the parser looks up by tag ({@code meta}, {@code link}, {@code style}, {@code h1}), in
 * page order, gathered in the one walk that also checks the nesting depth: a portal's page holds hundreds of
 * thousands of nodes, and a walk per lookup cost more than reading the report in it.
 */
record PageIndex(Elements metas, Elements links, Elements styles, Elements headings) {
    /** Walks the page iteratively; fails with {@link LimitExceeded} on elements nested deeper than the limit. */
    static PageIndex of(org.jsoup.nodes.Document page, int maxDepth) {
        PageIndex index = new PageIndex(new Elements(), new Elements(), new Elements(), new Elements());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (depth > maxDepth) {
                    throw new LimitExceeded("elements nested more than " + maxDepth + " levels deep");
                }
                if (node instanceof Element element) {
                    switch (element.normalName()) {
                        case "meta" -> index.metas.add(element);
                        case "link" -> index.links.add(element);
                        case "style" -> index.styles.add(element);
                        case "h1" -> index.headings.add(element);
                        default -> {
                            // not looked up
                        }
                    }
                }
            }
        }, page);
        return index;
    }

    /** The {@code h1} elements inside the scope, itself included, in page order. */
    Elements headingsIn(Element scope) {
        Elements inside = new Elements();
        for (Element heading : headings) {
            for (Element at = heading; at != null; at = at.parent()) {
                if (at == scope) {
                    inside.add(heading);
                    break;
                }
            }
        }
        return inside;
    }
}
