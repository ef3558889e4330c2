package io.github.gongkai.internal.parsers.html;

import org.jsoup.nodes.Document;

/**
 * The text of the page's body as jsoup renders it, made once on first use: the hidden-text marking and
 * the publication date both need it, and on a portal's page it is megabytes.
 */
final class BodyText {
    private final Document page;
    private String text;

    BodyText(Document page) {
        this.page = page;
    }

    /** Marking elements hidden changes no text, so one rendering serves before and after. */
    String get() {
        if (text == null) {
            text = page.body().text();
        }
        return text;
    }
}
