package io.github.gongkai.internal.parsers.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.document.Origin;
import io.github.gongkai.internal.parsers.pdf.TablePart.Box;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableStitcherTest {
    private static final float[] EDGES = {50, 150, 250, 300, 350};

    @Test
    void aRowCutByThePageBreakBecomesOneRow() {
        TablePart first = part(1, List.of(
                box(0, 0, 1, 2, "5.要求行政机关确认或重新出"), box(0, 2, 1, 1, "1"), box(0, 3, 1, 1, "0")), 1);
        TablePart next = part(2, List.of(
                box(0, 0, 1, 1, ""), box(0, 1, 1, 1, "具已获取信息"), box(0, 2, 1, 1, ""), box(0, 3, 1, 1, ""),
                box(1, 0, 1, 2, "(六)其他处理"), box(1, 2, 1, 1, "4"), box(1, 3, 1, 1, "2")), 2);
        // The first part's label spans both label columns; the continuation's lines split them.
        TablePart joined = TableStitcher.join(first, next);
        assertEquals(2, joined.rows());
        assertEquals("5.要求行政机关确认或重新出具已获取信息", joined.cells().get(0).text());
        assertEquals("(六)其他处理", joined.cells().stream().filter(b -> b.row() == 1).findFirst().orElseThrow().text());
    }

    @Test
    void aMergedLabelCutByThePageBreakBecomesOneCell() {
        TablePart first = part(1, List.of(
                box(0, 0, 1, 1, "(四)无"), box(0, 1, 1, 1, "1.本机关不掌握相关政府信息"), box(0, 2, 1, 1, "746"),
                box(0, 3, 1, 1, "769")), 1);
        TablePart next = part(2, List.of(
                box(0, 0, 2, 1, "法提供"), box(0, 1, 1, 1, "2.没有现成信息需要另行制作"), box(0, 2, 1, 1, "11"),
                box(0, 3, 1, 1, "11"),
                box(1, 1, 1, 1, "3.补正后申请内容仍不明确"), box(1, 2, 1, 1, "1"), box(1, 3, 1, 1, "1")), 2);
        TablePart joined = TableStitcher.join(first, next);
        assertEquals(3, joined.rows());
        Box label = joined.cells().get(0);
        assertEquals("(四)无法提供", label.text());
        assertEquals(3, label.rowSpan());
    }

    @Test
    void aRepeatedHeaderIsDropped() {
        TablePart first = part(1, List.of(
                box(0, 0, 1, 2, "信息内容"), box(0, 2, 1, 2, "数量"),
                box(1, 0, 1, 2, "规章"), box(1, 2, 1, 2, "1")), 2);
        TablePart next = part(2, List.of(
                box(0, 0, 1, 2, "信息内容"), box(0, 2, 1, 2, "数量"),
                box(1, 0, 1, 2, "行政规范性文件"), box(1, 2, 1, 2, "8")), 2);
        TablePart joined = TableStitcher.join(first, next);
        assertEquals(3, joined.rows());
        assertEquals("行政规范性文件", joined.cells().get(4).text());
    }

    @Test
    void aHeaderAloneAtThePageBottomJoinsBodyRowsWithMoreColumns() {
        float[] headerEdges = {50, 250, 300, 350};
        TablePart header = new TablePart(1, 700, 740, 50, 350, 1, 3, Edges.of(headerEdges), List.of(
                new Box(0, 0, 1, 1, "(本列数据的勾稽关系为)", region(1, 50, 250)),
                new Box(0, 1, 1, 1, "自然人", region(1, 250, 300)),
                new Box(0, 2, 1, 1, "总计", region(1, 300, 350))), true);
        TablePart body = part(2, List.of(
                box(0, 0, 1, 2, "一、本年新收"), box(0, 2, 1, 1, "3"), box(0, 3, 1, 1, "3"),
                box(1, 0, 1, 1, "三、本年度办理结果"), box(1, 1, 1, 1, "(一)予以公开"), box(1, 2, 1, 1, "2"),
                box(1, 3, 1, 1, "2")), 2);
        assertTrue(TableStitcher.continues(header, body));
        TablePart joined = TableStitcher.join(header, body);
        assertEquals(4, joined.columns());
        assertEquals(3, joined.rows());
        Box corner = joined.cells().get(0);
        assertEquals(2, corner.colSpan(), "the header cell covers both label columns of the body");
        assertEquals("(一)予以公开", joined.cells().stream().filter(b -> b.row() == 2 && b.column() == 1)
                .findFirst().orElseThrow().text());
    }

    @Test
    void onlyTheNextPagesTableAtTheSamePlaceContinues() {
        TablePart first = part(1, List.of(box(0, 0, 1, 4, "x")), 1);
        assertTrue(TableStitcher.continues(first, part(2, List.of(box(0, 0, 1, 4, "y")), 1)));
        assertFalse(TableStitcher.continues(first, part(3, List.of(box(0, 0, 1, 4, "y")), 1)));
        TablePart narrower = new TablePart(2, 60, 200, 50, 250, 1, 2, Edges.of(50, 150, 250),
                List.of(box(0, 0, 1, 2, "y")), true);
        assertFalse(TableStitcher.continues(first, narrower));
    }

    private static TablePart part(int page, List<Box> cells, int rows) {
        return new TablePart(page, 60, 60 + 20 * rows, EDGES[0], EDGES[EDGES.length - 1], rows, EDGES.length - 1,
                Edges.of(EDGES), new ArrayList<>(cells), true);
    }

    private static Origin.Region region(int page, float left, float right) {
        return new Origin.Region(page, left, 700, right - left, 40);
    }

    private static Box box(int row, int column, int rowSpan, int colSpan, String text) {
        return new Box(row, column, rowSpan, colSpan, text,
                new Origin.Region(1, EDGES[column], 60 + 20 * row, EDGES[column + colSpan] - EDGES[column], 20 * rowSpan));
    }
}
