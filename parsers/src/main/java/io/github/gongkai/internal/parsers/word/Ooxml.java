package io.github.gongkai.internal.parsers.word;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading WordprocessingML parts through their DOM: element lookup by name and typed attribute values. */
final class Ooxml {
    /** The WordprocessingML main namespace. */
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** Markup compatibility: {@code mc:AlternateContent} and its {@code mc:Fallback}. */
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private Ooxml() {
    }

    /** Whether a node is the WordprocessingML element with this local name. */
    static boolean is(Node node, String localName) {
        return node instanceof Element && W.equals(node.getNamespaceURI()) && localName.equals(node.getLocalName());
    }

    /** The element children of a node, in order. */
    static List<Element> children(Node parent) {
        List<Element> out = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                out.add(element);
            }
        }
        return out;
    }

    /** Appends the text nodes directly inside an element (XMLBeans' DOM has no {@code getTextContent}). */
    static void appendText(Element element, StringBuilder out) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(child.getNodeValue());
            }
        }
    }

    /** The first WordprocessingML child with this local name, or null. */
    static Element child(Node parent, String localName) {
        return childIn(parent, W, localName);
    }

    /** The first child in the given namespace with this local name, or null. */
    static Element childIn(Node parent, String namespace, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element && namespace.equals(child.getNamespaceURI())
                    && localName.equals(child.getLocalName())) {
                return (Element) child;
            }
        }
        return null;
    }

    /** The element reached by following WordprocessingML children by local name, or null. */
    static Element path(Node parent, String... localNames) {
        Node node = parent;
        for (String name : localNames) {
            node = child(node, name);
            if (node == null) {
                return null;
            }
        }
        return (Element) node;
    }

    /** The {@code w:val} attribute of an element, or null where the element or attribute is absent. */
    static String val(Element element) {
        if (element == null) {
            return null;
        }
        String value = element.getAttributeNS(W, "val");
        return value == null || value.isEmpty() ? null : value;
    }

    /** {@code w:val} as a number, or the fallback where absent or unreadable. */
    static int intVal(Element element, int fallback) {
        String value = val(element);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A numeric WordprocessingML attribute such as {@code w:ilvl}, or -1 where absent or unreadable. */
    static int attributeInt(Element element, String localName) {
        try {
            return Integer.parseInt(element.getAttributeNS(W, localName).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Whether a table row was deleted with tracked changes still unaccepted ({@code w:trPr/w:del}): Word
     * keeps the row in the file and shows it struck through, but it is no longer part of the table.
     */
    static boolean deletedRow(Element tr) {
        return path(tr, "trPr", "del") != null;
    }

    /**
     * Whether a content control shows its placeholder ({@code w:sdtPr/w:showingPlcHdr}): its content is then
     * the prompt of a template ("单击或点击此处输入文字。"), not something anyone entered.
     */
    static boolean showsPlaceholder(Element sdt) {
        return on(path(sdt, "sdtPr", "showingPlcHdr"));
    }

    /** Whether an on/off attribute such as {@code w:customMarkFollows="1"} is present and on. */
    static boolean onAttribute(Element element, String localName) {
        String value = element.getAttributeNS(W, localName).strip();
        return value.equals("1") || value.equals("true") || value.equals("on");
    }

    /** Whether an on/off property ({@code <w:b/>}, {@code <w:isLgl w:val="0"/>}) is on. */
    static boolean on(Element element) {
        if (element == null) {
            return false;
        }
        String value = val(element);
        return value == null || !(value.equals("0") || value.equals("false") || value.equals("off"));
    }
}
