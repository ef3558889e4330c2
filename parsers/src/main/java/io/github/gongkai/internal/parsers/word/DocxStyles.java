package io.github.gongkai.internal.parsers.word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Element;

/** The paragraph styles of a DOCX, as far as reading needs them: their numbering and whether they mark titles. */
final class DocxStyles {
    private static final int MAX_CHAIN = 16;

    private final Map<String, Style> styles = new HashMap<>();

    /**
     * One paragraph style.
     *
     * @param id          the style id paragraphs refer to
     * @param basedOn     the style it inherits from, or null
     * @param numId       the list its paragraphs are numbered in, or null
     * @param level       the list level, or null
     * @param headingLike whether it is a title or heading style, or centres its paragraphs
     * @param contents    whether it is one of Word's table-of-contents entry styles ({@code toc 1} …)
     */
    record Style(String id, String basedOn, String numId, Integer level, boolean headingLike, boolean contents) {
    }

    DocxStyles(XWPFStyles part) {
        if (part == null || part.getCtStyles() == null) {
            return;
        }
        for (Element style : Ooxml.children(part.getCtStyles().getDomNode())) {
            if (!Ooxml.is(style, "style")) {
                continue;
            }
            String id = style.getAttributeNS(Ooxml.W, "styleId");
            Element numPr = Ooxml.path(style, "pPr", "numPr");
            Element level = Ooxml.child(numPr, "ilvl");
            String name = String.valueOf(Ooxml.val(Ooxml.child(style, "name"))).toLowerCase(Locale.ROOT);
            boolean headingLike = WordText.isHeadingStyleName(name)
                    || Ooxml.path(style, "pPr", "outlineLvl") != null
                    || "center".equals(Ooxml.val(Ooxml.path(style, "pPr", "jc")));
            styles.put(id, new Style(id, Ooxml.val(Ooxml.child(style, "basedOn")),
                    Ooxml.val(Ooxml.child(numPr, "numId")), level == null ? null : Ooxml.intVal(level, 0), headingLike,
                    name.matches("toc \\d")));
        }
    }

    /** The style and the styles it is based on, nearest first; empty for an unknown or absent style. */
    List<Style> chain(String styleId) {
        List<Style> chain = new ArrayList<>();
        String id = styleId;
        while (id != null && chain.size() < MAX_CHAIN) {
            Style style = styles.get(id);
            if (style == null) {
                break;
            }
            chain.add(style);
            id = style.basedOn();
        }
        return chain;
    }

    /** The style with this id, or null. */
    Style get(String styleId) {
        return styleId == null ? null : styles.get(styleId);
    }
}
