package io.github.gongkai.parsers.html;

import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the report inside the site's chrome, without rules per site: starting at
 * the body, it steps into the child that holds most of the page's report content (see {@link TextStats})
 * for as long as one child holds at least {@link #SHARE} of it. The result is the smallest element
 * holding most of the report: the navigation, title bar, share buttons and footer around it stay out.
 */
final class ContentLocator {
    /** Chrome rarely weighs more than a tenth of a report page; a quarter leaves room for wordy footers. */
    static final double SHARE = 0.75;

    private ContentLocator() {
    }

    static Element locate(Element body, TextStats stats, TableReader tables) {
        double needed = stats.weight(body) * SHARE;
        Element current = body;
        while (needed > 0) {
            Element heaviest = null;
            for (Element child : current.children()) {
                if (heaviest == null || stats.weight(child) > stats.weight(heaviest)) {
                    heaviest = child;
                }
            }
            // A data table is part of the report, never its container: a report that is mostly one big
            // table still has its headings and narrative around it.
            if (heaviest == null || stats.weight(heaviest) < needed || isDataTable(heaviest, tables)) {
                break;
            }
            current = heaviest;
        }
        return current;
    }

    private static boolean isDataTable(Element element, TableReader tables) {
        return element.normalName().equals("table") && !tables.isLayout(element);
    }
}
