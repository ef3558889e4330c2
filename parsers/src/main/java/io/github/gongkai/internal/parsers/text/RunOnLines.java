package io.github.gongkai.internal.parsers.text;

import io.github.gongkai.internal.template.SectionTemplate;
import io.github.gongkai.internal.text.CellValue;
import io.github.gongkai.internal.text.Characters;
import io.github.gongkai.internal.text.Normalizer;
import io.github.gongkai.internal.text.OutlineNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes apart lines that hold a whole page's body, as crawlers that keep a page's text on one line (or a few)
 * leave it: every paragraph, heading and table cell joined by spaces, headings only recognisable inline
 * ({@code …公开力度。二、主动公开政府信息情况 第二十条第（一）项 信息内容 本年制发件数…}). Such a line becomes one
 * line per word, as if each paragraph and cell had kept its own line; a section heading or a subsection that
 * follows a sentence without a space starts a line of its own, and so does the text after a section heading's
 * title. Every piece keeps the number of the line it came from.
 */
final class RunOnLines {
    /** Shorter lines are paragraphs or rows as they are. */
    private static final int LONG_LINE = 300;
    /** Figures standing alone between spaces that make a long line a table's text. */
    private static final int FEWEST_FIGURES = 6;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");
    /**
     * A section heading's number where a heading can start: at the start, after a sentence or a space, or
     * after the figures or the bracket that end a table whose cells were run together ({@code …719.15三、收到…}).
     */
    private static final Pattern SECTION = Pattern.compile("(?<=^|[。；！？;!?0-9０-９)）\\s])([一二三四五六])\\s*[、.．]");
    /** A subsection after a sentence: {@code 。（二）依申请公开}. */
    private static final Pattern SUBSECTION = Pattern.compile("(?<=[。；！？;!?])[(（]" + OutlineNumber.NUMERAL + "{1,2}[)）]");
    private static final String NUMERALS = "一二三四五六";
    /** How much of the text after a heading's number is compared with the template's title. */
    private static final int TITLE_WINDOW = 20;
    /** How much text a heading's number and title can take. */
    private static final int HEADING_WINDOW = TITLE_WINDOW + 4;

    /**
     * Lines with the number of the input line each came from.
     *
     * @param texts   the lines
     * @param numbers for each, its line in the input, counted from 1
     */
    record Split(String[] texts, int[] numbers) {
    }

    private RunOnLines() {
    }

    static Split split(String[] lines) {
        List<String> texts = new ArrayList<>(lines.length);
        List<Integer> numbers = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            // A mirror's pinyin (規(guī)章(zhāng)) would hide the template's words the line is cut at; a line taken
            // apart is rebuilt anyway, and the copy is known as a mirror from the whole text.
            String line = lines[i].length() > LONG_LINE && Normalizer.hasPinyinAnnotations(lines[i])
                    ? Normalizer.withoutPinyin(lines[i]) : lines[i];
            List<String> pieces = isRunOn(line) ? pieces(line) : List.of(lines[i]);
            for (String piece : pieces) {
                texts.add(piece);
                numbers.add(i + 1);
            }
        }
        return new Split(texts.toArray(String[]::new), numbers.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A long line with a section heading inline, or with many figures between spaces. */
    static boolean isRunOn(String line) {
        if (line.length() <= LONG_LINE) {
            return false;
        }
        if (holdsHeading(line)) {
            return true;
        }
        int figures = 0;
        for (String word : SPACES.split(Characters.strip(line))) {
            if (CellValue.isValue(word)) {
                figures++;
            }
        }
        return figures >= FEWEST_FIGURES;
    }

    /** The line's pieces, without the site's chrome a page kept on one line holds around the report. */
    private static List<String> pieces(String line) {
        List<String> pieces = cut(line);
        boolean[] chrome = SiteChrome.amongPieces(pieces);
        List<String> kept = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            if (!chrome[i]) {
                kept.add(pieces.get(i));
            }
        }
        return kept;
    }

    private static List<String> cut(String line) {
        List<String> pieces = new ArrayList<>();
        for (String word : SPACES.split(Characters.strip(line))) {
            int start = 0;
            for (int cut : cuts(word)) {
                add(word.substring(start, cut), pieces);
                start = cut;
            }
            add(word.substring(start), pieces);
        }
        return pieces;
    }

    /** Where a word is to be cut: before a section heading, after its title, before a subsection after a sentence. */
    private static List<Integer> cuts(String word) {
        List<Integer> cuts = new ArrayList<>();
        Matcher section = SECTION.matcher(word);
        while (section.find()) {
            int titleEnd = headingEnd(window(word, section.start()));
            if (titleEnd > 0) {
                if (section.start() > 0) {
                    cuts.add(section.start());
                }
                if (section.start() + titleEnd < word.length()) {
                    cuts.add(section.start() + titleEnd);
                }
            }
        }
        Matcher subsection = SUBSECTION.matcher(word);
        while (subsection.find()) {
            cuts.add(subsection.start());
        }
        cuts.sort(null);
        return cuts;
    }

    /** Whether a line holds a section heading with the template's title, at its start or inline. */
    static boolean holdsHeading(String line) {
        String text = Characters.strip(line);
        Matcher section = SECTION.matcher(text);
        while (section.find()) {
            if (headingEnd(window(text, section.start())) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the title ends in a text that starts with a section heading whose title reads as the template's
     * ({@code 二、主动公开政府信息情况}); 0 where the text starts with none, as with {@code 一是} or table B's
     * {@code 三、本年度办理结果}.
     */
    static int headingEnd(String raw) {
        String text = Normalizer.simplifiedCharacters(raw); // 總體情況 is the template's 总体情况, at the same positions
        Matcher heading = SECTION.matcher(text);
        if (!heading.lookingAt()) {
            return 0;
        }
        int number = NUMERALS.indexOf(heading.group(1)) + 1;
        String rest = text.substring(heading.end());
        String window = rest.substring(0, Math.min(rest.length(), TITLE_WINDOW));
        int end = SectionTemplate.titleEnd(number, window);
        if (end <= 0 || !SectionTemplate.titleMatches(number, window.substring(0, end))) {
            return 0;
        }
        return heading.end() + end;
    }

    /** The text from {@code start} on, as far as a heading's number and title can reach. */
    private static String window(String text, int start) {
        return text.substring(start, Math.min(text.length(), start + HEADING_WINDOW));
    }

    private static void add(String piece, List<String> into) {
        if (!piece.isEmpty()) {
            into.add(piece);
        }
    }
}
