package io.github.gongkai.internal.parsers.pdf;

import io.github.gongkai.document.Origin;
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
    /** What a line's key leaves out: digits (ASCII and full-width) and white space. */
    private static final Pattern DIGIT_OR_SPACE = Pattern.compile("[0-9０-９\\s]");

    /** Where a line of text stands: its page and its baseline there. */
    private record Place(int page, float baseline) {
    }

    private RunningText() {
    }

    /** The pages' lines without headers, footers and page numbers. */
    static List<List<TextLine>> strip(List<PageLayout> pages) {
        Map<String, List<Place>> seen = seen(pages);
        int needed = needed(pages);
        List<List<TextLine>> out = new ArrayList<>(pages.size());
        for (PageLayout page : pages) {
            List<TextLine> kept = new ArrayList<>(page.lines().size());
            for (TextLine line : page.lines()) {
                boolean running = inBand(line, page, NUMBER_BAND) && PAGE_NUMBER.matcher(line.text.strip()).matches()
                        || inBand(line, page, BAND)
                        && pagesAtSamePlace(seen.get(key(line.text)), line.baseline()) >= needed;
                if (!running) {
                    kept.add(line);
                }
            }
            out.add(kept);
        }
        return out;
    }

    /**
     * The pages with a running header taken out of the table it was read into: at the top of a page, a
     * table without lines takes the lines close above it as its header rows, and a header set in the
     * table's size (临川县人民政府2023年政府信息公开工作年度报告 over the rest of table B) is such a line.
     * Its first row goes when it holds that one text only, at the place the header has on other pages.
     */
    static List<PageLayout> outOfTables(List<PageLayout> pages) {
        Map<String, List<Place>> seen = seen(pages);
        int needed = needed(pages);
        List<PageLayout> out = new ArrayList<>(pages.size());
        for (PageLayout page : pages) {
            List<TablePart> tables = new ArrayList<>(page.tables().size());
            for (TablePart table : page.tables()) {
                tables.add(runningFirstRow(table, page, seen, needed) ? withoutFirstRow(table) : table);
            }
            out.add(new PageLayout(page.content(), tables, page.lines(), page.oversized()));
        }
        return out;
    }

    private static boolean runningFirstRow(TablePart table, PageLayout page, Map<String, List<Place>> seen,
                                           int needed) {
        if (table.ruled() || table.rows() < 2) {
            return false;
        }
        List<TablePart.Box> first = table.cells().stream().filter(b -> b.row() == 0).toList();
        List<TablePart.Box> texts = first.stream().filter(b -> !b.text().isBlank()).toList();
        if (texts.size() != 1 || first.stream().anyMatch(b -> b.rowSpan() > 1)) {
            return false;
        }
        TablePart.Box box = texts.get(0);
        Origin.Region region = box.origin();
        if (region.y() + region.height() > page.content().height() * BAND) {
            return false;
        }
        // The box is one line high: its baseline lies 0.88 of its height below its top (see Glyph).
        float baseline = (float) (region.y() + 0.88 * region.height());
        List<Place> places = new ArrayList<>(seen.getOrDefault(key(box.text()), List.of()));
        places.add(new Place(page.content().page(), baseline));
        return pagesAtSamePlace(places, baseline) >= needed;
    }

    private static TablePart withoutFirstRow(TablePart table) {
        List<TablePart.Box> rest = new ArrayList<>();
        float top = Float.MAX_VALUE;
        for (TablePart.Box b : table.cells()) {
            if (b.row() > 0) {
                rest.add(new TablePart.Box(b.row() - 1, b.column(), b.rowSpan(), b.colSpan(), b.text(), b.origin()));
                top = Math.min(top, (float) b.origin().y());
            }
        }
        return new TablePart(table.page(), top, table.bottom(), table.left(), table.right(), table.rows() - 1,
                table.columns(), table.edges(), rest, false);
    }

    /** Per text (digits aside) of the lines in the top and bottom bands, the pages and baselines it has there. */
    private static Map<String, List<Place>> seen(List<PageLayout> pages) {
        Map<String, List<Place>> seen = new HashMap<>();
        for (PageLayout page : pages) {
            for (TextLine line : page.lines()) {
                if (inBand(line, page, BAND)) {
                    seen.computeIfAbsent(key(line.text), k -> new ArrayList<>())
                            .add(new Place(page.content().page(), line.baseline()));
                }
            }
        }
        return seen;
    }

    /** On how many pages a text must recur to be running: most of them, and at least two. */
    private static int needed(List<PageLayout> pages) {
        return Math.max(2, (pages.size() + 1) / 2);
    }

    private static long pagesAtSamePlace(List<Place> places, float baseline) {
        return places.stream().filter(p -> Math.abs(p.baseline() - baseline) <= SAME_PLACE)
                .mapToInt(Place::page).distinct().count();
    }

    /** Whether a line lies in the top or bottom band of the page, with no table further out. */
    private static boolean inBand(TextLine line, PageLayout page, float band) {
        float height = page.content().height();
        boolean top = line.bottom < height * band && page.tables().stream().noneMatch(t -> t.top() < line.top);
        boolean bottom = line.top > height * (1 - band)
                && page.tables().stream().noneMatch(t -> t.bottom() > line.bottom);
        return top || bottom;
    }

    /** The text with digits and spaces taken out, so that "第2页" and "第3页" recur alike. */
    private static String key(String text) {
        return DIGIT_OR_SPACE.matcher(text).replaceAll("");
    }
}
