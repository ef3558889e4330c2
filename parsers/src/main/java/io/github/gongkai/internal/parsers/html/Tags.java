package io.github.gongkai.internal.parsers.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What the parser makes of HTML elements: skipped entirely, line-breaking blocks, or inline text. */
final class Tags {
    /**
     * Never text a reader sees: scripts, styles, form controls, embedded frames, the pinyin of ruby
     * annotations ({@code rt}) with its fallback brackets ({@code rp}), and text deleted in revision
     * marks ({@code del}, as Word writes unaccepted tracked changes): the report says what {@code ins} says.
     */
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template", "iframe",
            "frame", "object", "embed", "svg", "math", "canvas", "audio", "video", "map", "select", "option",
            "button", "input", "textarea", "rt", "rp", "nav", "aside", "del");

    /** Elements that start and end a line of text. */
    private static final Set<String> BLOCKS = Set.of("html", "body", "address", "article", "aside", "blockquote",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu",
            "nav", "ol", "p", "pre", "section", "summary", "table", "caption", "thead", "tbody", "tfoot", "tr",
            "td", "th", "ul", "legend");

    /** Text set in a zero-size font: anti-copy characters some sites mix into an article. */
    private static final Pattern ZERO_FONT = Pattern.compile("(?:^|;)font-size:0(?:\\.0+)?(?:px|pt|em|rem|%)?(?:;|!|$)");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private Tags() {
    }

    /** Whether the element and everything in it is left out of the text. */
    static boolean isSkipped(Element element) {
        if (SKIPPED.contains(element.normalName()) || element.hasAttr("hidden")) {
            return true;
        }
        String style = element.attr("style");
        // Word exports style every run; only the few that mention these words need a closer look.
        if (!style.contains("none") && !style.contains("hidden") && !style.contains("NONE")
                && !style.contains("HIDDEN") && !style.contains(":0") && !style.contains(": 0")) {
            return false;
        }
        String compact = compact(style);
        return hides(compact) || ZERO_FONT.matcher(compact).find();
    }

    /** CSS declarations without white space, in lower case: {@code Display: None} → {@code display:none}. */
    static String compact(String declarations) {
        return WHITE_SPACE.matcher(declarations).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Whether compacted declarations hide what they apply to. */
    static boolean hides(String compact) {
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    static boolean isBlock(Element element) {
        return BLOCKS.contains(element.normalName());
    }

    static boolean isLineBreak(Element element) {
        return element.normalName().equals("br");
    }
}
