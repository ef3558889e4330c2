package io.github.gongkai.internal.parsers.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * CSS-like paths of elements, such as {@code html>body>div#content>table[2]>tbody>tr[3]>td[1]}: each step
 * is the tag, then {@code #id} where the element has a plain id, otherwise {@code [n]}, its 1-based
 * position among siblings of the same tag, where it has such siblings. Steps and the paths of ancestors are
 * cached, so a page of many elements costs time in proportion to its size, and deep pages need no recursion.
 */
final class ElementPath {
    private static final int MAX_ID = 64;

    private final Map<Element, String> paths = new IdentityHashMap<>();
    private final Map<Element, String> steps = new IdentityHashMap<>();

    String of(Element element) {
        if (element instanceof org.jsoup.nodes.Document) {
            return "";
        }
        // The path itself is not kept: most are asked once (a cell's), and only ancestors' are asked again.
        String parent = cached(element.parent());
        return parent.isEmpty() ? step(element) : parent + ">" + step(element);
    }

    /** The element's path, kept with those of its ancestors; empty for the document or no element. */
    private String cached(Element element) {
        Deque<Element> chain = new ArrayDeque<>();
        Element current = element;
        while (current != null && !(current instanceof org.jsoup.nodes.Document) && !paths.containsKey(current)) {
            chain.push(current);
            current = current.parent();
        }
        String prefix = current == null || current instanceof org.jsoup.nodes.Document ? "" : paths.get(current);
        while (!chain.isEmpty()) {
            Element next = chain.pop();
            prefix = prefix.isEmpty() ? step(next) : prefix + ">" + step(next);
            paths.put(next, prefix);
        }
        return prefix;
    }

    private String step(Element element) {
        String step = steps.get(element);
        if (step == null) {
            Element parent = element.parent();
            if (parent == null) {
                return element.normalName();
            }
            indexChildren(parent);
            step = steps.get(element);
        }
        return step;
    }

    /** Names every child of one parent in a single pass over its children. */
    private void indexChildren(Element parent) {
        Map<String, Integer> counts = new HashMap<>();
        for (Element child : parent.children()) {
            counts.merge(child.normalName(), 1, Integer::sum);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Element child : parent.children()) {
            String tag = child.normalName();
            int index = seen.merge(tag, 1, Integer::sum);
            String id = child.id();
            String step;
            if (isPlainId(id)) {
                step = tag + "#" + id;
            } else if (counts.get(tag) > 1) {
                step = tag + "[" + index + "]";
            } else {
                step = tag;
            }
            steps.put(child, step);
        }
    }

    /** A plain id: a letter, then letters, digits, {@code _} and {@code -}, 64 at most; scanned, as every element is asked. */
    static boolean isPlainId(String id) {
        if (id.isEmpty() || id.length() > MAX_ID || !isAsciiLetter(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char ch = id.charAt(i);
            if (!isAsciiLetter(ch) && !(ch >= '0' && ch <= '9') && ch != '_' && ch != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char ch) {
        return ch >= 'A' && ch <= 'Z' || ch >= 'a' && ch <= 'z';
    }
}
