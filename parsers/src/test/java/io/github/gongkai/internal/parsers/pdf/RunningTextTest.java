package io.github.gongkai.internal.parsers.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.internal.text.Characters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunningTextTest {
    private static final float HEIGHT = 842;

    @Test
    void pageNumbersInTheirUsualFormsAreRemoved() {
        List<String> kept = new ArrayList<>();
        int page = 1;
        List<PageLayout> pages = new ArrayList<>();
        for (String number : List.of("- 3 -", "-3-", "第3页 共8页", "3/8", "—3—", "第 3 页")) {
            pages.add(page(page++, line("正文第一行", 100), line(number, 800)));
        }
        for (List<TextLine> lines : RunningText.strip(pages)) {
            lines.forEach(l -> kept.add(l.text));
        }
        assertEquals(List.of("正文第一行", "正文第一行", "正文第一行", "正文第一行", "正文第一行", "正文第一行"), kept);
    }

    @Test
    void aNumberInTheBodyStays() {
        List<List<TextLine>> out = RunningText.strip(List.of(page(1, line("2024", 400), line("正文", 420))));
        assertEquals(2, out.get(0).size());
    }

    @Test
    void aHeaderRecurringAtTheSamePlaceGoesButTheTitleRepeatingItStays() {
        String title = "某县人民政府2023年政府信息公开工作年度报告";
        List<PageLayout> pages = List.of(
                page(1, line(title, 40), line(title, 90), line("正文", 200)),
                page(2, line(title, 40), line("正文", 100)),
                page(3, line(title, 40), line("正文", 100)));
        List<List<TextLine>> out = RunningText.strip(pages);
        assertEquals(List.of(title, "正文"), out.get(0).stream().map(l -> l.text).toList());
        assertEquals(List.of("正文"), out.get(1).stream().map(l -> l.text).toList());
    }

    @Test
    void aHeaderReadAsTheFirstRowOfATableWithoutLinesLeavesTheTable() {
        String title = "某县人民政府2023年政府信息公开工作年度报告";
        List<PageLayout> pages = List.of(
                page(1, line(title, 40), line("正文", 100)),
                page(2, line(title, 40), line("正文", 100)),
                withTable(page(3), List.of(line(title, 40), row(64, "8.属于行政查询事项", "0", "1"))));
        TablePart table = RunningText.outOfTables(pages).get(2).tables().get(0);
        assertEquals(1, table.rows());
        assertEquals("8.属于行政查询事项", table.cells().get(0).text());
    }

    @Test
    void theFirstRowOfATableStaysWhereNoHeaderRunsThere() {
        List<PageLayout> pages = List.of(page(1, line("正文", 100)), page(2, line("正文", 100)),
                withTable(page(3), List.of(line("申请人情况", 40), row(64, "8.属于行政查询事项", "0", "1"))));
        assertEquals(2, RunningText.outOfTables(pages).get(2).tables().get(0).rows());
    }

    private static PageLayout withTable(PageLayout page, List<TextLine> lines) {
        TablePart table = StreamTable.build(page.content().page(), lines, lines.get(0).top,
                lines.get(lines.size() - 1).bottom, Edges.NONE);
        return new PageLayout(page.content(), List.of(table), List.of(), 0);
    }

    /** A table row: the label from x 72, then each number 100 points further right. */
    private static TextLine row(float baseline, String label, String... numbers) {
        List<Glyph> glyphs = new ArrayList<>(line(label, baseline).glyphs);
        for (int i = 0; i < numbers.length; i++) {
            glyphs.add(new Glyph(numbers[i], 372 + 100 * i, baseline, 6, 12));
        }
        return TextLine.group(glyphs).get(0);
    }

    /** A line of 12-point glyphs from x 72 at the given baseline. */
    private static TextLine line(String text, float baseline) {
        List<Glyph> glyphs = new ArrayList<>();
        float x = 72;
        for (int i = 0; i < text.length(); i++) {
            String ch = text.substring(i, i + 1);
            if (ch.equals(" ")) {
                x += 4;
                continue;
            }
            float width = Characters.isWide(ch.charAt(0)) ? 12 : 6;
            glyphs.add(new Glyph(ch, x, baseline, width, 12));
            x += width;
        }
        return TextLine.group(glyphs).get(0);
    }

    private static PageLayout page(int number, TextLine... lines) {
        PageContent content = new PageContent(number, 595, HEIGHT, List.of(), List.of(), 0, 0, "");
        return new PageLayout(content, List.of(), List.of(lines), 0);
    }
}
