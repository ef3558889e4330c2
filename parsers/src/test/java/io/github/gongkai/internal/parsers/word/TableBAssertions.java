package io.github.gongkai.internal.parsers.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Grid;
import io.github.gongkai.document.Table;

/** Checks the template's layout of table B (收到和处理政府信息公开申请情况) on a parsed document. */
final class TableBAssertions {
    private TableBAssertions() {
    }

    static Table tableB(Document document) {
        return document.tables().stream()
                .filter(t -> t.rows().get(0).stream().anyMatch(c -> c.text().equals("申请人情况")))
                .findFirst().orElseThrow(() -> new AssertionError("no table B"));
    }

    /**
     * The corner cell spans 3×3, 申请人情况 seven columns, 三、本年度办理结果 the given number of rows; every data
     * row has its label cells then seven whole numbers whose last is the sum of the six before.
     */
    static void assertTemplateLayout(Table table, int resultRows) {
        Grid grid = table.grid();
        assertEquals(10, grid.width());
        assertEquals(3 + 2 + resultRows + 1, grid.height());
        Cell corner = grid.at(0, 0);
        assertTrue(corner.text().startsWith("（本列数据的勾稽关系为") || corner.text().startsWith("(本列数据的勾稽关系为"));
        assertEquals(3, corner.rowSpan());
        assertEquals(3, corner.colSpan());
        assertEquals(7, grid.at(0, 3).colSpan());
        assertEquals("自然人", grid.at(1, 3).text());
        assertEquals(2, grid.at(1, 3).rowSpan());
        assertEquals(5, grid.at(1, 4).colSpan());
        assertEquals("法律服务机构", grid.at(2, 7).text());
        Cell results = grid.at(5, 0);
        assertEquals("三、本年度办理结果", results.text());
        assertEquals(resultRows, results.rowSpan());
        assertEquals(8, grid.at(7, 1).rowSpan());
        assertTrue(grid.at(7, 1).text().endsWith("不予公开"));
        assertEquals("1.属于国家秘密", grid.at(7, 2).text());
        for (int r = 3; r < grid.height(); r++) {
            int sum = 0;
            for (int c = 3; c < 9; c++) {
                sum += Integer.parseInt(grid.at(r, c).text());
            }
            assertEquals(sum, Integer.parseInt(grid.at(r, 9).text()), "row total in row " + r);
            assertTrue(grid.isAnchor(r, 3), "values start in column 4 in row " + r);
        }
        assertEquals("四、结转下年度继续办理", grid.at(grid.height() - 1, 0).text());
        assertEquals(3, grid.at(grid.height() - 1, 0).colSpan());
    }
}
