package io.github.gongkai.internal.parsers.html;

import io.github.gongkai.internal.text.Characters;
import io.github.gongkai.internal.text.OutlineNumber;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * How much text, link text and report content each element of a page holds, and how many numbered
 * headings and tables, counted in one iterative pass. The weight of report content is the number of
 * Chinese characters and digits outside links, plus a bonus for each numbered heading ({@code 一、} …
 * {@code 六、}, {@code （一）}): navigation, breadcrumbs and related links are links and weigh nothing,
 * footers and info bars weigh little.
 */
final class TextStats {
    /** A numbered heading counts like a paragraph: it is what a report is made of and chrome is not. */
    static final int HEADING_BONUS = 50;

    private static final int CHARS = 0;
    private static final int LINK_CHARS = 1;
    private static final int WEIGHT = 2;
    private static final int HEADINGS = 3;
    private static final int GRID_TABLES = 4;
    private static final int COUNTERS = 5;

    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.filter(stats.new Counter(), root);
        return stats;
    }

    /** Visible characters other than white space. */
    int chars(Element element) {
        return get(element)[CHARS];
    }

    /** Visible characters inside links. */
    int linkChars(Element element) {
        return get(element)[LINK_CHARS];
    }

    /** Report content held: Chinese characters and digits outside links, plus heading bonuses. */
    int weight(Element element) {
        return get(element)[WEIGHT];
    }

    /** Numbered headings outside links: text starting {@code 一、} or {@code （一）}. */
    int headings(Element element) {
        return get(element)[HEADINGS];
    }

    /**
     * Tables of more than one cell in the element, itself included; a single-cell table is a frame around
     * its text, which editors leave even inside the cell of a data table.
     */
    int gridTables(Element element) {
        return get(element)[GRID_TABLES];
    }

    /** Whether most of the element's text is link text: a menu, a list of related links, a breadcrumb. */
    boolean isLinkDense(Element element) {
        int[] count = get(element);
        return count[LINK_CHARS] > 0 && count[LINK_CHARS] * 2 >= count[CHARS];
    }

    private int[] get(Element element) {
        int[] count = counts.get(element);
        return count == null ? new int[COUNTERS] : count;
    }

    private final class Counter implements NodeFilter {
        private int linkDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Element element) {
                if (Tags.isSkipped(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                int[] own = new int[COUNTERS];
                own[GRID_TABLES] = element.normalName().equals("table") && TableReader.hasSeveralCells(element) ? 1 : 0;
                counts.put(element, own);
                if (element.normalName().equals("a")) {
                    linkDepth++;
                }
            } else if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                count(text.getWholeText(), counts.get(parent));
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (element.normalName().equals("a")) {
                    linkDepth--;
                }
                int[] own = counts.get(element);
                int[] parent = element.parent() == null ? null : counts.get(element.parent());
                if (own != null && parent != null) {
                    for (int i = 0; i < own.length; i++) {
                        parent[i] += own[i];
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        /** Whether the text's first visible character can open a heading's number: most text nodes are ruled out here. */
        private static boolean mayBeNumbered(String text) {
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (!Characters.isEdgeSpace(ch)) {
                    return ch == '（' || ch == '(' || "一二三四五六七八九十".indexOf(ch) >= 0;
                }
            }
            return false;
        }

        private void count(String text, int[] into) {
            if (into == null) {
                return;
            }
            int chars = 0;
            int weight = 0;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (!InlineText.isSpace(ch)) {
                    chars++;
                    if (Character.isIdeographic(ch) || Character.isDigit(ch)) {
                        weight++;
                    }
                }
            }
            if (linkDepth > 0) {
                into[LINK_CHARS] += chars;
            } else {
                into[WEIGHT] += weight;
                if (mayBeNumbered(text) && OutlineNumber.level(text) <= 2) {
                    into[WEIGHT] += HEADING_BONUS;
                    into[HEADINGS]++;
                }
            }
            into[CHARS] += chars;
        }
    }
}
