package io.github.gongkai.internal.parsers.text;

import io.github.gongkai.internal.text.Characters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the lines of a crawled page that are the site's chrome kept as text rather than the report: the
 * breadcrumb above it ({@code 当前位置：首页 > 政务公开 > 政府信息公开年报}), the page's own fields
 * ({@code 来源：… 时间：…}), menus and link lists ({@code 字号：大 中 小}, {@code 打印本页 关闭窗口},
 * {@code 微信 微博 QQ空间}) and the footer ({@code 主办单位：…}, {@code 网站标识码}, {@code ICP备}).
 *
 * <p>Chrome is only looked for outside the report: above its first sentence or heading, and below its last
 * section heading, where the first chrome line starts the footer and everything from it on is left out. Inside
 * the report the same shapes are table headers ({@code 行政复议 行政诉讼}) and stay.
 */
final class SiteChrome {
    /** Separators of a breadcrumb: {@code 首页 > 政务公开}. */
    private static final Pattern CRUMB = Pattern.compile("\\s*[>＞›»→]\\s*");
    /** A field of the page's own: a short name and a colon, as in {@code 来源：}, {@code 主办单位：}. */
    private static final Pattern FIELD = Pattern.compile("(?:^|\\s)[\\p{IsHan}]{2,6}\\s*[:：]");
    /** A name and colon before a menu's items: {@code 字号：}, {@code 分享到：}. */
    private static final Pattern MENU_NAME = Pattern.compile("^[\\p{IsHan}]{1,6}\\s*[:：]\\s*");
    /** Separators of menu items. */
    private static final Pattern MENU_SEPARATOR = Pattern.compile("[\\s|｜丨·•]+");
    /** Registration marks every Chinese site's footer carries by regulation. */
    private static final Pattern REGISTRATION = Pattern.compile("ICP备|ICP证|公网安备|网站标识码|版权所有|Copyright|©");
    /** Punctuation that ends a sentence: chrome holds none. */
    private static final Pattern SENTENCE = Pattern.compile("[。！？；;]");
    /** Longest menu item: 政府网站找错, 打印本页. */
    private static final int MENU_ITEM = 6;
    /** Longest part of a breadcrumb. */
    private static final int CRUMB_PART = 20;

    private SiteChrome() {
    }

    /**
     * Which lines are chrome.
     *
     * @param lines the text's lines
     * @return for each line, whether it is to be left out
     */
    static boolean[] find(String[] lines) {
        boolean[] chrome = new boolean[lines.length];
        int start = 0;
        while (start < lines.length && !opensReport(lines[start])) {
            chrome[start] = isChrome(lines[start]);
            start++;
        }
        int lastHeading = -1;
        for (int i = start; i < lines.length; i++) {
            if (RunOnLines.holdsHeading(lines[i])) {
                lastHeading = i;
            }
        }
        if (lastHeading < 0) {
            return chrome;
        }
        for (int i = lastHeading + 1; i < lines.length; i++) {
            if (isChrome(lines[i])) {
                for (int j = i; j < lines.length; j++) {
                    chrome[j] = true;
                }
                break;
            }
        }
        return chrome;
    }

    /**
     * Which pieces of a page kept on one line are chrome: above the report, pieces that are chrome or a loose
     * part of it ({@code 首页}, {@code >} and its neighbours, {@code 来源：…}, {@code 09:12}); below its last
     * section heading, the first chrome piece or two loose pieces in a row ({@code 打印本页 关闭窗口}), with
     * the loose pieces just before, start the footer.
     *
     * @param pieces the line's words in order
     * @return for each piece, whether it is to be left out
     */
    static boolean[] amongPieces(List<String> pieces) {
        int n = pieces.size();
        boolean[] chrome = new boolean[n];
        int start = 0;
        while (start < n && !opensReport(pieces.get(start))) {
            String piece = pieces.get(start);
            boolean crumb = isCrumbSeparator(pieces, start - 1) || isCrumbSeparator(pieces, start + 1);
            chrome[start] = crumb || isChrome(piece) || isLoose(piece) || piece.codePoints().noneMatch(Character::isLetter);
            start++;
        }
        int lastHeading = -1;
        for (int i = start; i < n; i++) {
            if (RunOnLines.holdsHeading(pieces.get(i))) {
                lastHeading = i;
            }
        }
        if (lastHeading < 0) {
            return chrome;
        }
        // Two loose pieces in a row are a menu, as two short items on a line are.
        int footer = lastHeading + 1;
        while (footer < n && !isChrome(pieces.get(footer))
                && !(isLoose(pieces.get(footer)) && footer + 1 < n && isLoose(pieces.get(footer + 1)))) {
            footer++;
        }
        while (footer < n && footer - 1 > lastHeading && isLoose(pieces.get(footer - 1))) {
            footer--;
        }
        for (int i = footer; i < n; i++) {
            chrome[i] = true;
        }
        return chrome;
    }

    private static boolean isCrumbSeparator(List<String> pieces, int index) {
        return index >= 0 && index < pieces.size() && CRUMB.matcher(pieces.get(index)).matches();
    }

    /** A word of chrome cut from its line: a menu item, one of the page's fields, or a separator alone. */
    private static boolean isLoose(String piece) {
        if (SENTENCE.matcher(piece).find()) {
            return false;
        }
        boolean letters = piece.codePoints().anyMatch(Character::isLetter);
        boolean digits = piece.codePoints().anyMatch(Character::isDigit);
        return !letters && !digits || (piece.length() <= MENU_ITEM && !digits) || MENU_NAME.matcher(piece).lookingAt();
    }

    /** The report starts at its first sentence or section heading; the title above it is no chrome either way. */
    private static boolean opensReport(String line) {
        return SENTENCE.matcher(line).find() || RunOnLines.holdsHeading(line);
    }

    /** Whether a line is a breadcrumb, a row of the page's fields, a menu or a footer line. */
    static boolean isChrome(String line) {
        String text = Characters.strip(line);
        if (text.isEmpty() || SENTENCE.matcher(text).find()) {
            return false;
        }
        return REGISTRATION.matcher(text).find() || isBreadcrumb(text) || fields(text) >= 2 || isMenu(text);
    }

    private static boolean isBreadcrumb(String text) {
        String[] parts = CRUMB.split(text);
        if (parts.length < 3) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > CRUMB_PART) {
                return false;
            }
        }
        return true;
    }

    private static int fields(String text) {
        Matcher matcher = FIELD.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /**
     * Whether a line is a row of short links: two or more items of up to six characters, none holding a digit;
     * after a name such as {@code 字号：}, items of one character too ({@code 大 中 小}).
     */
    private static boolean isMenu(String text) {
        Matcher name = MENU_NAME.matcher(text);
        boolean named = name.lookingAt();
        String items = named ? text.substring(name.end()) : text;
        String[] parts = MENU_SEPARATOR.split(Characters.strip(items));
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > MENU_ITEM || (!named && part.length() < 2)
                    || part.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }
}
