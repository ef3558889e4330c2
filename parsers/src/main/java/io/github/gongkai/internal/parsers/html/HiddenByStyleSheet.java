package io.github.gongkai.internal.parsers.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Marks the elements that the page's own {@code <style>} rules hide ({@code .hide{display:none}}), with the
 * {@code hidden} attribute that {@link Tags#isSkipped} honours: sites scatter anti-copy characters through
 * an article in classed spans, and keep a print copy or a previous version of the text in a hidden block.
 * Only top-level rules count: those inside {@code @media} and other at-rules apply to print or to other
 * screens, and selectors with pseudo-classes ({@code :hover}) hide only now and then. An element holding
 * half the page's text or more stays: that is the content, hidden only until a script shows it
 * ({@code [v-cloak]{display:none}}). Marking keeps the element tree, so element paths stay those of the
 * page as served.
 */
final class HiddenByStyleSheet {
    /** Pages rarely hide more than a handful of classes; a hostile sheet must not cost a query per rule. */
    private static final int MAX_SELECTORS = 100;

    private HiddenByStyleSheet() {
    }

    /**
     * Marks what the page's {@code style} elements hide, testing every element against all the hiding
     * selectors in one walk of the page, not one walk per selector.
     */
    static void mark(Document page, List<Element> styles, BodyText bodyText) {
        List<String> selectors = new ArrayList<>();
        for (Element style : styles) {
            collect(style.data(), selectors);
        }
        List<Evaluator> hiding = new ArrayList<>();
        for (String selector : selectors.subList(0, Math.min(selectors.size(), MAX_SELECTORS))) {
            try {
                hiding.add(QueryParser.parse(selector));
            } catch (Selector.SelectorParseException e) {
                // a selector jsoup does not know hides nothing we can tell
            }
        }
        if (hiding.isEmpty()) {
            return;
        }
        int pageChars = bodyText.get().length();
        for (Element element : page.getAllElements()) {
            for (Evaluator selector : hiding) {
                if (selector.matches(page, element)) {
                    if (element.text().length() * 2 < pageChars) {
                        element.attr("hidden", "");
                    }
                    break;
                }
            }
        }
    }

    /** The selectors of the sheet's top-level rules that hide what they select. */
    static void collect(String sheet, List<String> into) {
        String css = sheet.replaceAll("(?s)/\\*.*?\\*/", " ").replace("<!--", " ").replace("-->", " ");
        int i = 0;
        while (i < css.length()) {
            int open = css.indexOf('{', i);
            if (open < 0) {
                return;
            }
            // after a statement such as @charset "utf-8"; or @import url(a.css);
            String prelude = css.substring(i, open);
            prelude = prelude.substring(prelude.lastIndexOf(';') + 1).strip();
            int close = blockEnd(css, open);
            String body = css.substring(open + 1, Math.max(open + 1, close - 1));
            if (!prelude.startsWith("@") && Tags.hides(Tags.compact(body))) {
                for (String selector : prelude.split(",")) {
                    String plain = selector.strip();
                    if (!plain.isEmpty() && plain.indexOf(':') < 0) {
                        into.add(plain);
                    }
                }
            }
            i = close;
        }
    }

    /** The index after the brace that closes the block opened at {@code open}, nested blocks included. */
    private static int blockEnd(String css, int open) {
        int depth = 0;
        for (int i = open; i < css.length(); i++) {
            char ch = css.charAt(i);
            if (ch == '{') {
                depth++;
            } else if (ch == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return css.length();
    }
}
