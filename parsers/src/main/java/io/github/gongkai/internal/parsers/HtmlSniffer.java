package io.github.gongkai.internal.parsers;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells HTML from other text by how it starts: after white space, an XML declaration and comments, an
 * HTML document begins with a doctype or one of the elements pages begin with. Saved pages with stray
 * text before the markup are recognised by an {@code <html} or {@code <body} tag near the start.
 */
final class HtmlSniffer {
    private static final Set<String> OPENING_TAGS = Set.of("html", "head", "body", "meta", "title", "link",
            "base", "script", "style", "table", "div", "p", "span", "br", "font", "center", "section", "article",
            "header", "nav", "form", "iframe", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "pre", "tr", "td",
            "a", "b", "strong", "img");
    private static final Pattern PREAMBLE = Pattern.compile("\\A(\\s|<\\?xml[^>]*>|<!--.*?-->)*", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(!doctype\\s+html|[a-z][a-z0-9]*)(?=[\\s>/])");
    private static final Pattern DOCUMENT_TAG = Pattern.compile("<(html|body)[\\s>]");

    private HtmlSniffer() {
    }

    /** Whether text, decoded from the start of a file, is HTML. */
    static boolean isHtml(String start) {
        String text = start.toLowerCase(Locale.ROOT);
        Matcher preamble = PREAMBLE.matcher(text);
        int from = preamble.lookingAt() ? preamble.end() : 0;
        Matcher tag = TAG.matcher(text).region(from, text.length());
        if (tag.lookingAt() && (tag.group(1).startsWith("!doctype") || OPENING_TAGS.contains(tag.group(1)))) {
            return true;
        }
        return DOCUMENT_TAG.matcher(text).find();
    }
}
