package io.github.gongkai.internal.parsers.word;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.w3c.dom.Element;

/**
 * Word's automatic paragraph numbering for one DOCX: the numbers that Word draws before headings such as
 * 一、 or （一） but that are not in the paragraph's text. A paragraph is numbered by its own {@code w:numPr}
 * or by the one its paragraph style (or a style it is based on) carries; {@code numId} 0 switches numbering
 * off. Lists are counted per abstract definition, as Word continues a list across its instances; an
 * instance that overrides a level (its start value or the whole level) counts on its own, as Word restarts it.
 * Not read: level restart rules ({@code w:lvlRestart}) and numbering changes recorded as revisions.
 */
final class DocxNumbering {
    /** numId to its instance. */
    private final Map<String, Instance> instances = new HashMap<>();
    private final DocxStyles styles;
    private final ListCounter counter = new ListCounter();

    /** A list instance: whose counters it advances, its levels, and the styles tied to a level ({@code w:pStyle} in {@code w:lvl}). */
    private record Instance(Object list, List<ListLevel> levels, Map<String, Integer> styleLevels) {
    }

    DocxNumbering(XWPFNumbering numbering, DocxStyles styles) {
        this.styles = styles;
        readNumbering(numbering);
    }

    private void readNumbering(XWPFNumbering numbering) {
        if (numbering == null) {
            return;
        }
        Map<String, Element> abstracts = new HashMap<>();
        for (XWPFAbstractNum abstractNum : numbering.getAbstractNums()) {
            Element element = (Element) abstractNum.getCTAbstractNum().getDomNode();
            abstracts.put(element.getAttributeNS(Ooxml.W, "abstractNumId"), element);
        }
        Map<String, Element> nums = new HashMap<>();
        for (XWPFNum num : numbering.getNums()) {
            Element element = (Element) num.getCTNum().getDomNode();
            nums.put(element.getAttributeNS(Ooxml.W, "numId"), element);
        }
        for (Map.Entry<String, Element> num : nums.entrySet()) {
            String abstractId = Ooxml.val(Ooxml.child(num.getValue(), "abstractNumId"));
            Element definition = resolveStyleLink(abstracts.get(abstractId), abstracts, nums);
            if (definition == null) {
                continue;
            }
            ListLevel[] levels = new ListLevel[9];
            Map<String, Integer> styleLevels = new HashMap<>();
            for (Element lvl : Ooxml.children(definition)) {
                if (Ooxml.is(lvl, "lvl")) {
                    putLevel(levels, lvl, null);
                    String style = Ooxml.val(Ooxml.child(lvl, "pStyle"));
                    if (style != null) {
                        styleLevels.put(style, Ooxml.attributeInt(lvl, "ilvl"));
                    }
                }
            }
            boolean restarts = false;
            for (Element override : Ooxml.children(num.getValue())) {
                if (!Ooxml.is(override, "lvlOverride")) {
                    continue;
                }
                int level = Ooxml.attributeInt(override, "ilvl");
                Element lvl = Ooxml.child(override, "lvl");
                if (lvl != null) {
                    putLevel(levels, lvl, level);
                    restarts = true;
                }
                Element startOverride = Ooxml.child(override, "startOverride");
                if (startOverride != null && level >= 0 && level < levels.length && levels[level] != null) {
                    ListLevel old = levels[level];
                    levels[level] = new ListLevel(old.format(), old.text(), Ooxml.intVal(startOverride, old.start()),
                            old.legal(), old.spaced());
                    restarts = true;
                }
            }
            Object list = restarts ? "num:" + num.getKey() : "abstract:" + definition.getAttributeNS(Ooxml.W, "abstractNumId");
            instances.put(num.getKey(), new Instance(list, Arrays.asList(levels), styleLevels));
        }
    }

    /** An abstract definition that only links to a numbering style ({@code w:numStyleLink}) uses that style's list. */
    private Element resolveStyleLink(Element definition, Map<String, Element> abstracts, Map<String, Element> nums) {
        Set<String> seen = new HashSet<>();
        Element current = definition;
        while (current != null) {
            String link = Ooxml.val(Ooxml.child(current, "numStyleLink"));
            if (link == null || !seen.add(link)) {
                return current;
            }
            DocxStyles.Style style = styles.get(link);
            Element num = style == null || style.numId() == null ? null : nums.get(style.numId());
            current = num == null ? null : abstracts.get(Ooxml.val(Ooxml.child(num, "abstractNumId")));
        }
        return null;
    }

    private static void putLevel(ListLevel[] levels, Element lvl, Integer forcedLevel) {
        int level = forcedLevel != null ? forcedLevel : Ooxml.attributeInt(lvl, "ilvl");
        if (level < 0 || level >= levels.length) {
            return;
        }
        String format = numberFormat(lvl);
        String text = Ooxml.val(Ooxml.child(lvl, "lvlText"));
        String suffix = Ooxml.val(Ooxml.child(lvl, "suff"));
        levels[level] = new ListLevel(format == null ? "decimal" : format, text == null ? "" : text,
                Ooxml.intVal(Ooxml.child(lvl, "start"), 0), Ooxml.on(Ooxml.child(lvl, "isLgl")),
                !"nothing".equals(suffix));
    }

    /**
     * A level's number format. Word 2010+ writes formats older readers lack inside {@code mc:AlternateContent}
     * (a {@code custom} format in the choice, a standard one as fallback); a custom format such as
     * {@code 一, 二, 三, ...} is recognised by its first number, otherwise the fallback is used.
     */
    private static String numberFormat(Element lvl) {
        Element numFmt = Ooxml.child(lvl, "numFmt");
        Element alternate = Ooxml.childIn(lvl, Ooxml.MC, "AlternateContent");
        if (numFmt == null && alternate != null) {
            Element choice = Ooxml.childIn(alternate, Ooxml.MC, "Choice");
            numFmt = Ooxml.child(choice, "numFmt");
            if (numFmt == null || customFormat(numFmt) == null) {
                numFmt = Ooxml.child(Ooxml.childIn(alternate, Ooxml.MC, "Fallback"), "numFmt");
            }
        }
        String format = Ooxml.val(numFmt);
        if ("custom".equals(format)) {
            String custom = customFormat(numFmt);
            return custom == null ? "decimal" : custom;
        }
        return format == null ? "decimal" : format;
    }

    /** The standard format a custom format's first number ({@code w:format="一, 二, 三, ..."}) stands for, or null. */
    private static String customFormat(Element numFmt) {
        String first = numFmt.getAttributeNS(Ooxml.W, "format").split(",")[0].strip();
        return switch (first) {
            case "一" -> "chineseCounting";
            case "壹" -> "chineseLegalSimplified";
            case "甲" -> "ideographTraditional";
            case "①" -> "decimalEnclosedCircle";
            case "１" -> "decimalFullWidth";
            case "01" -> "decimalZero";
            case "1" -> "decimal";
            default -> null;
        };
    }

    /**
     * The number Word shows before this paragraph, counting it; empty where the paragraph is not numbered.
     * Paragraphs must be passed in document order, each once.
     */
    String label(Element paragraph) {
        Element pPr = Ooxml.child(paragraph, "pPr");
        Element numPr = Ooxml.child(pPr, "numPr");
        String numId = Ooxml.val(Ooxml.child(numPr, "numId"));
        Element levelElement = Ooxml.child(numPr, "ilvl");
        Integer level = levelElement == null ? null : Ooxml.intVal(levelElement, 0);
        String styleId = Ooxml.val(Ooxml.child(pPr, "pStyle"));
        List<DocxStyles.Style> chain = styles.chain(styleId);
        for (DocxStyles.Style style : chain) {
            if (numId == null) {
                numId = style.numId();
            }
            if (level == null) {
                level = style.level();
            }
        }
        if (numId == null || numId.equals("0")) {
            return "";
        }
        Instance instance = instances.get(numId);
        if (instance == null) {
            return "";
        }
        if (level == null) {
            // A style tied to a list level (w:pStyle in w:lvl) numbers its paragraphs at that level.
            level = chain.stream().map(style -> instance.styleLevels().get(style.id()))
                    .filter(Objects::nonNull).findFirst().orElse(0);
        }
        return counter.next(instance.list(), level, instance.levels());
    }
}
