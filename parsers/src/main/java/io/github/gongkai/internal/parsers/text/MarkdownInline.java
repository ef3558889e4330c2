package io.github.gongkai.internal.parsers.text;

import io.github.gongkai.internal.text.Characters;
import io.github.gongkai.internal.text.LineJoin;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The text of a line of Markdown without its inline markup: emphasis ({@code **…**}, {@code *…*},
 * {@code __…__}), code spans, images and links reduced to their text, HTML tags dropped,
 * entities decoded and backslash escapes ({@code \|}, {@code \*}, {@code 1\.}) read as the characters
 * they escape. {@code <br>} ends a line: inside a table cell the lines are joined, elsewhere each is a
 * paragraph.
 */
final class MarkdownInline {
    /** An escaped ASCII punctuation character, kept out of the markup rules until the end. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    /** The characters a backslash escapes: the 32 ASCII punctuation characters. */
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    /**
     * Escaped characters are parked on the 32 noncharacters U+FDD0 to U+FDEF, which no text holds (unlike
     * the private use area, where fonts without a Unicode map put their glyphs).
     */
    private static final char PARKED = '\uFDD0';
    /** The characters that begin markup: escapes, emphasis, code, links, images, tags and entities. */
    private static final String MARKUP = "\\*_~`[<&";
    // Spans are bounded so that a long line of unpaired marks costs linear time, not quadratic.
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.{1,300}?)\\1");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]{0,300})]\\([^)]{0,1000}\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]{0,300})](?:\\([^)]{0,1000}\\)|\\[[^\\]]{0,300}])");
    private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\[\\^[^\\]]{1,100}]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp|mailto):[^>\\s]+)>");
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__|~~)(?=\\S)(.{1,300}?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile(
            "(?<![*\\w])([*_])(?=[^\\s*_])(.{1,300}?)(?<=[^\\s*_])\\1(?![*\\w])");
    /** Emphasis nests a level or two ({@code ***…***}); more passes would only cost time on stray marks. */
    private static final int NESTING = 3;

    private MarkdownInline() {
    }

    /** A paragraph's or heading's text as lines: one line, or several where {@code <br>} broke it. */
    static List<String> lines(String markdown) {
        List<String> lines = new ArrayList<>();
        for (String part : LINE_BREAK_TAG.split(markdown, -1)) {
            String text = Characters.strip(plain(part));
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        return lines;
    }

    /** A table cell's text on one line: its lines joined, with nothing between Chinese characters. */
    static String cell(String markdown) {
        return LineJoin.join(lines(markdown), LineJoin.Break.AUTHORED);
    }

    /**
     * Whether a character takes two columns in a monospaced font (East Asian width): CJK characters, Hangul and
     * full-width forms. This is display width, for lining up grid tables, not the typographic
     * {@link io.github.gongkai.internal.text.Characters#isWide} that decides where lines join.
     */
    static boolean isDoubleWidth(int ch) {
        return ch >= 0x1100 && ch <= 0x115F || ch >= 0x2E80 && ch <= 0xA4CF && ch != 0x303F
                || ch >= 0xAC00 && ch <= 0xD7A3 || ch >= 0xF900 && ch <= 0xFAFF || ch >= 0xFE30 && ch <= 0xFE4F
                || ch >= 0xFF00 && ch <= 0xFF60 || ch >= 0xFFE0 && ch <= 0xFFE6 || ch >= 0x20000 && ch <= 0x3FFFD;
    }

    private static String plain(String markdown) {
        if (!hasMarkup(markdown)) {
            return markdown;
        }
        String text = park(markdown);
        text = CODE_SPAN.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(2).strip()));
        text = IMAGE.matcher(text).replaceAll("$1");
        text = FOOTNOTE_REFERENCE.matcher(text).replaceAll("");
        text = LINK.matcher(text).replaceAll("$1");
        text = AUTOLINK.matcher(text).replaceAll("$1");
        text = TAG.matcher(text).replaceAll("");
        text = unwrap(STRONG, text);
        text = unwrap(EMPHASIS, text);
        return Parser.unescapeEntities(unpark(text), false);
    }

    /** Whether a text holds a character that starts any markup; most cells and lines hold none. */
    private static boolean hasMarkup(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (MARKUP.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Removes paired delimiters, a few levels deep. */
    private static String unwrap(Pattern delimiters, String text) {
        String unwrapped = text;
        for (int pass = 0; pass < NESTING; pass++) {
            unwrapped = delimiters.matcher(unwrapped).replaceAll("$2");
        }
        return unwrapped;
    }

    private static String park(String text) {
        return ESCAPE.matcher(text).replaceAll(
                match -> String.valueOf((char) (PARKED + PUNCTUATION.indexOf(match.group(1).charAt(0)))));
    }

    private static String unpark(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            out.append(ch >= PARKED && ch < PARKED + PUNCTUATION.length() ? PUNCTUATION.charAt(ch - PARKED) : ch);
        }
        return out.toString();
    }
}
