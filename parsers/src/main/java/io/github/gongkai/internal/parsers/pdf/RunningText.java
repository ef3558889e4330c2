package io.github.gongkai.internal.parsers.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds running headers, footers and page numbers: lines in a page's top or bottom margin band that are
 * page numbers ({@code - 3 -}, {@code -3-}, {@code 第3页 共8页}, {@code 3/8}) or whose text, digits aside,
 * recurs at the same height on several pages (so that a title repeating the running header stays).
 */
final class RunningText {
    /** Share of the page height, at top and at bottom, where headers and footers sit. */
    private static final float BAND = 0.1f;
    /** A wider band for page numbers, which are told by their form and set low in deep margins. */
    private static final float NUMBER_BAND = 0.15f;
    /** How far, in points, a running header may move from page to page. */
    private static final float SAME_PLACE = 3f;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-－—–\\s]*[0-9０-９]+[-－—–\\s]*"
                    + "|第\\s*[0-9０-９]+\\s*页\\s*[,，/]?\\s*(共\\s*[0-9０-９]+\\s*页)?"
                    + "|(共\\s*[0-9０-９]+\\s*页\\s*)?第\\s*[0-9０-９]+\\s*页"
                    + "|[0-9０-９]+\\s*/\\s*[0-9０-９]+"
                    + "|(?i)page\\s*[0-9]+(\\s*of\\s*[0-9]+)?");

    private RunningText() {
    }

    /** The pages' lines without headers, footers and page numbers. */
    static List<List<TextLine>> strip(List<PageLayout> pages) {
        Map<String, List<float[]>> seen = new HashMap<>();
        for (PageLayout page : pages) {
            for (TextLine line : page.lines()) {
                if (inBand(line, page, BAND)) {
                    seen.computeIfAbsent(key(line), k -> new ArrayList<>())
                            .add(new float[] {page.content().page(), line.baseline()});
                }
            }
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        List<List<TextLine>> out = new ArrayList<>(pages.size());
        for (PageLayout page : pages) {
            List<TextLine> kept = new ArrayList<>(page.lines().size());
            for (TextLine line : page.lines()) {
                boolean running = inBand(line, page, NUMBER_BAND) && PAGE_NUMBER.matcher(line.text.strip()).matches()
                        || inBand(line, page, BAND) && pagesAtSamePlace(seen.get(key(line)), line) >= needed;
                if (!running) {
                    kept.add(line);
                }
            }
            out.add(kept);
        }
        return out;
    }

    private static long pagesAtSamePlace(List<float[]> places, TextLine line) {
        return places.stream().filter(p -> Math.abs(p[1] - line.baseline()) <= SAME_PLACE)
                .mapToInt(p -> (int) p[0]).distinct().count();
    }

    /** Whether a line lies in the top or bottom band of the page, with no table further out. */
    private static boolean inBand(TextLine line, PageLayout page, float band) {
        float height = page.content().height();
        boolean top = line.bottom < height * band && page.tables().stream().noneMatch(t -> t.top() < line.top);
        boolean bottom = line.top > height * (1 - band)
                && page.tables().stream().noneMatch(t -> t.bottom() > line.bottom);
        return top || bottom;
    }

    /** The line's text with digits and spaces taken out, so that "第2页" and "第3页" recur alike. */
    private static String key(TextLine line) {
        return line.text.replaceAll("[0-9０-９\\s]", "");
    }
}
