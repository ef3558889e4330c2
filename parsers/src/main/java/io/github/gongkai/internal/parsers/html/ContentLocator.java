package io.github.gongkai.internal.parsers.html;

import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the report inside the site's chrome, without rules per site: starting at
 * the body, it steps into the child that holds most of the page's report content (see {@link TextStats})
 * for as long as one child holds at least {@link #SHARE} of it, leaves none of the numbered headings
 * behind, and is itself a container of blocks rather than one paragraph. Headings in a sibling made mostly
 * of links are not left behind: they title the groups of a column menu ({@code 一、政府信息公开指南}). The result is the smallest
 * element holding the report: the navigation, title bar, share buttons and footer around it stay out.
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
            if (heaviest == null || stats.weight(heaviest) < needed
                    || headingsLeftBehind(current, heaviest, stats) > 0
                    || !holdsBlocks(heaviest) || isDataTable(heaviest, tables)) {
                break;
            }
            current = heaviest;
        }
        return current;
    }

    /** Numbered headings in the element outside the child, not counting those of menus beside it. */
    private static int headingsLeftBehind(Element current, Element child, TextStats stats) {
        int left = stats.headings(current) - stats.headings(child);
        for (Element sibling : current.children()) {
            if (sibling != child && stats.isLinkDense(sibling)) {
                left -= stats.headings(sibling);
            }
        }
        return left;
    }

    /** Whether the element holds paragraphs (block children or line breaks), not just one run of text. */
    private static boolean holdsBlocks(Element element) {
        for (Element child : element.children()) {
            if (Tags.isBlock(child) || Tags.isLineBreak(child)) {
                return true;
            }
        }
        return false;
    }

    /** A data table is part of the report, never its container: its headings and narrative are around it. */
    private static boolean isDataTable(Element element, TableReader tables) {
        return element.normalName().equals("table") && !tables.isLayout(element);
    }
}
