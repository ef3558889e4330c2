package io.github.gongkai.internal.parsers.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells Markdown from other text by the block syntax document converters (pandoc, Docling, MarkItDown)
 * write: ATX headings ({@code ## 一、总体情况}), setext underlines ({@code ===}), lines emphasised as a whole,
 * the rule line under a pipe table's header ({@code |---|:---:|}), the borders of grid tables and embedded
 * HTML tables. One such line may be chance; a converted report has many.
 */
public final class MarkdownSyntax {
    static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    /** A line emphasised as a whole, as converters write headings not styled as such: {@code **（一）主动公开**}. */
    static final Pattern WHOLLY_EMPHASISED = Pattern.compile("^\\s*(\\*\\*|__)\\S.*\\1\\s*$");
    /** An HTML table embedded in the Markdown, as converters write tables with merged cells. */
    static final Pattern TABLE_START = Pattern.compile("(?i)^\\s*<table[\\s>]");
    static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    /** Signs of a whole HTML page, which is HTML however much Markdown-like text it holds. */
    private static final Pattern HTML_DOCUMENT = Pattern.compile("(?i)<(!doctype\\s+html|html[\\s>]|body[\\s>])");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    /** Enough of a text to find its first headings and tables past a long opening paragraph. */
    private static final int WINDOW = 65536;
    /** Block syntax lines before a text counts as Markdown. */
    private static final int FEWEST_SIGNS = 2;

    private MarkdownSyntax() {
    }

    /**
     * Whether a line is the rule under a pipe table's header ({@code |---|:---:|}): dashes between pipes,
     * with colons for alignment. Lines are checked character by character here and below, since a pattern
     * repeating a group recurses once per repetition and a line of thousands of cells overflows the stack.
     */
    static boolean isDelimiterRow(String line) {
        return onlyOf(line, "|-: \t") && line.indexOf('-') >= 0 && line.indexOf('|') >= 0;
    }

    /** Whether a line is a grid table's border: {@code +---+---+} or {@code +===+===+}. */
    static boolean isGridBorder(String line) {
        String t = line.strip();
        return t.length() >= 3 && t.charAt(0) == '+' && t.charAt(t.length() - 1) == '+' && onlyOf(t, "+-=:")
                && (t.indexOf('-') >= 0 || t.indexOf('=') >= 0);
    }

    /** Whether a line is a thematic break: three or more of one of {@code - * _}, spaces between allowed. */
    static boolean isThematicBreak(String line) {
        String t = line.strip();
        if (t.length() < 3 || "-*_".indexOf(t.charAt(0)) < 0 || !onlyOf(t, t.charAt(0) + " \t")) {
            return false;
        }
        return t.chars().filter(ch -> ch == t.charAt(0)).count() >= 3;
    }

    private static boolean onlyOf(String text, String allowed) {
        for (int i = 0; i < text.length(); i++) {
            if (allowed.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a text is Markdown, by its start: at least two lines of Markdown block syntax, one of them
     * not an HTML table (a fragment of tables is HTML), and no doctype, {@code <html>} or {@code <body>}
     * (a converter's Markdown embeds HTML tables, not pages).
     */
    public static boolean isMarkdown(String text) {
        String start = text.length() > WINDOW ? text.substring(0, WINDOW) : text;
        if (HTML_DOCUMENT.matcher(start).find()) {
            return false;
        }
        String[] lines = LINE_BREAK.split(start, -1);
        int signs = 0;
        int tables = 0;
        for (int i = 0; i < lines.length && (signs < FEWEST_SIGNS || signs == tables); i++) {
            if (TABLE_START.matcher(lines[i]).lookingAt()) {
                signs++;
                tables++;
            } else if (isSign(lines, i)) {
                signs++;
            }
        }
        return signs >= FEWEST_SIGNS && signs > tables;
    }

    private static boolean isSign(String[] lines, int i) {
        String line = lines[i];
        if (line.isBlank()) {
            return false;
        }
        if (isGridBorder(line)) {
            return true;
        }
        if (isDelimiterRow(line)) {
            return i > 0 && lines[i - 1].indexOf('|') >= 0;
        }
        Matcher heading = ATX_HEADING.matcher(line);
        if (heading.matches()) {
            return heading.group(2) != null && !heading.group(2).isBlank();
        }
        if (WHOLLY_EMPHASISED.matcher(line).matches()) {
            return true;
        }
        return line.startsWith("===") && SETEXT_UNDERLINE.matcher(line).matches() && i > 0 && !lines[i - 1].isBlank();
    }
}
