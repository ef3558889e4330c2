package io.github.gongkai.internal.parsers.word;

import io.github.gongkai.internal.parsers.LimitExceeded;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The text of one WordprocessingML paragraph as Word shows it: text of runs, hyperlinks, fields' results, inserted
 * revisions and inline content controls; not deleted text, the prompt of a content control still showing its
 * placeholder, note reference marks (a custom mark such as "*" typed after the reference too), field instructions, or
 * the VML copy Word keeps of a shape as {@code mc:Fallback}. Manual line breaks split the paragraph into lines that
 * are joined as {@link WordText#joinLines} does; page and column breaks are dropped. Hidden runs ({@code w:vanish})
 * are left out, as Word does not print them, and so are phonetic guides ({@code w:rt} of {@code w:ruby}: the pinyin
 * some converted copies put over each character), whose presence is reported. Text boxes anchored in the paragraph are
 * not part of its text, nor are embedded OLE objects: both are returned for the caller to read as blocks of their own.
 */
final class DocxText {
    private final StringBuilder line = new StringBuilder();
    private final List<String> lines = new ArrayList<>();
    private final List<Element> textBoxes = new ArrayList<>();
    private final List<Element> objects = new ArrayList<>();
    private final int maxDepth;
    private boolean ruby;
    private boolean deletions;
    /** A note reference with a custom mark was just met: the run's next text is that mark. */
    private boolean customMark;

    /**
     * @param text      the paragraph's text on one line
     * @param textBoxes the {@code w:txbxContent} elements anchored in the paragraph, in order
     * @param objects   the OLE objects ({@code o:OLEObject}) in the paragraph, in order
     * @param ruby      whether phonetic guides were left out
     * @param deletions whether deleted or moved-away revisions were left out
     */
    record Content(String text, List<Element> textBoxes, List<Element> objects, boolean ruby, boolean deletions) {
    }

    private DocxText(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /** Reads a {@code w:p} element, following elements no deeper than {@code maxDepth} below it. */
    static Content read(Element paragraph, int maxDepth) {
        DocxText reader = new DocxText(maxDepth);
        reader.walk(paragraph, 0);
        reader.lines.add(reader.line.toString());
        return new Content(WordText.joinLines(reader.lines), List.copyOf(reader.textBoxes), List.copyOf(reader.objects),
                reader.ruby, reader.deletions);
    }

    private void walk(Element parent, int depth) {
        if (depth > maxDepth) {
            throw new LimitExceeded("paragraph markup nested deeper than " + maxDepth + " levels");
        }
        for (Element child : Ooxml.children(parent)) {
            if (Ooxml.MC.equals(child.getNamespaceURI())) {
                if (!"Fallback".equals(child.getLocalName())) {
                    walk(child, depth + 1);
                }
            } else if (EmbeddedSheets.isObject(child)) {
                objects.add(child);
            } else if (!Ooxml.W.equals(child.getNamespaceURI())) {
                walk(child, depth + 1);   // DrawingML and VML wrappers around text boxes
            } else {
                wordElement(child, depth);
            }
        }
    }

    private void wordElement(Element element, int depth) {
        switch (element.getLocalName()) {
            case "t" -> {
                if (customMark) {
                    customMark = false;
                } else {
                    text(element);
                }
            }
            // A note reference's mark is not text of the paragraph, also where it is typed ("*", "①") after it.
            case "footnoteReference", "endnoteReference" ->
                    customMark = Ooxml.onAttribute(element, "customMarkFollows");
            case "tab", "ptab" -> line.append(' ');
            case "noBreakHyphen" -> line.append('-');
            case "br" -> {
                String type = element.getAttributeNS(Ooxml.W, "type");
                if (!type.equals("page") && !type.equals("column")) {
                    newLine();
                }
            }
            case "cr" -> newLine();
            case "txbxContent" -> textBoxes.add(element);
            case "rt" -> ruby = true;
            case "sdt" -> {
                if (!Ooxml.showsPlaceholder(element)) {
                    walk(element, depth + 1);
                }
            }
            case "r" -> {
                if (!Ooxml.on(Ooxml.path(element, "rPr", "vanish"))) {
                    walk(element, depth + 1);
                }
                customMark = false;
            }
            case "del", "moveFrom" -> deletions = true;
            // Properties, field codes and comment references carry no visible text.
            case "pPr", "rPr", "delText", "instrText", "delInstrText", "sdtPr", "sdtEndPr",
                    "commentReference" -> {
            }
            default -> walk(element, depth + 1);
        }
    }

    /** A text element; a line feed in it (written by some generators) breaks the line as {@code w:br} does. */
    private void text(Element element) {
        StringBuilder text = new StringBuilder();
        Ooxml.appendText(element, text);
        String[] parts = WordText.LINE_BREAK.split(text, -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                newLine();
            }
            line.append(parts[i]);
        }
    }

    private void newLine() {
        lines.add(line.toString());
        line.setLength(0);
    }
}
