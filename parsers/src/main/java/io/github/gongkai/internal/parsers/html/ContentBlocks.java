package io.github.gongkai.internal.parsers.html;

import io.github.gongkai.document.Block;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.Paragraph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads the content element into blocks, in document order and without recursion: each block element
 * ({@code <p>}, {@code <div>}, {@code <h1>}…) and each {@code <br>} ends a paragraph, inline elements
 * (spans per run, {@code <strong>} headings) join into it, data tables become tables, layout tables are
 * read through, and blocks made mostly of links (menus, related links, print and share bars) are left out.
 */
final class ContentBlocks implements NodeFilter {
    private final Element root;
    private final TextStats stats;
    private final ElementPath paths;
    private final TableReader tables;

    private final List<Block> blocks = new ArrayList<>();
    private final Deque<Element> open = new ArrayDeque<>();
    private final StringBuilder line = new StringBuilder();
    private Element lineOwner;
    /** Inside {@code <pre>}, a report pasted as plain text: its line breaks separate paragraphs. */
    private int preformatted;

    private ContentBlocks(Element root, TextStats stats, ElementPath paths, TableReader tables) {
        this.root = root;
        this.stats = stats;
        this.paths = paths;
        this.tables = tables;
    }

    static List<Block> read(Element root, TextStats stats, ElementPath paths, TableReader tables) {
        ContentBlocks reader = new ContentBlocks(root, stats, paths, tables);
        NodeTraversor.filter(reader, root);
        reader.endParagraph();
        return reader.blocks;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            String raw = text.getWholeText();
            if (line.length() == 0 && raw.isBlank()) {
                return FilterResult.CONTINUE;
            }
            if (preformatted > 0) {
                appendPreformatted(raw);
            } else {
                append(raw);
            }
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
            return FilterResult.CONTINUE;
        }
        if (element != root && (Tags.isSkipped(element) || isChrome(element))) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (Tags.isLineBreak(element)) {
            endParagraph();
        } else if (element.normalName().equals("table")) {
            endParagraph();
            if (!tables.isLayout(element)) {
                readTable(element);
                return FilterResult.SKIP_ENTIRELY;
            }
            open.push(element);
        } else if (Tags.isBlock(element) || element == root) {
            endParagraph();
            open.push(element);
            if (element.normalName().equals("pre")) {
                preformatted++;
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element && open.peek() == element) {
            endParagraph();
            open.pop();
            if (element.normalName().equals("pre")) {
                preformatted--;
            }
        }
        return FilterResult.CONTINUE;
    }

    private void append(String raw) {
        if (lineOwner == null) {
            lineOwner = open.peek();
        }
        line.append(raw);
    }

    private void appendPreformatted(String raw) {
        int start = 0;
        for (int end = raw.indexOf('\n'); end >= 0; end = raw.indexOf('\n', start)) {
            append(raw.substring(start, end));
            endParagraph();
            start = end + 1;
        }
        append(raw.substring(start));
    }

    /** A block inside the content whose text is mostly links. */
    private boolean isChrome(Element element) {
        return Tags.isBlock(element) && stats.isLinkDense(element);
    }

    private void readTable(Element table) {
        for (Element child : table.children()) {
            if (child.normalName().equals("caption")) {
                String caption = ElementText.of(child);
                if (!caption.isEmpty()) {
                    blocks.add(new Paragraph(caption, new Origin.Path(paths.of(child))));
                }
            }
        }
        tables.read(table).ifPresent(blocks::add);
    }

    private void endParagraph() {
        if (line.length() > 0) {
            String text = InlineText.fold(line);
            if (!text.isEmpty()) {
                blocks.add(new Paragraph(text, new Origin.Path(paths.of(lineOwner))));
            }
            line.setLength(0);
        }
        lineOwner = null;
    }
}
