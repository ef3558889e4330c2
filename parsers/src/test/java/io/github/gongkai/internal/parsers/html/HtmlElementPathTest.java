package io.github.gongkai.internal.parsers.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.document.Block;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.Paragraph;
import io.github.gongkai.document.Table;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlElementPathTest {

    @Test
    void blocksAndCellsCarryCssLikeElementPaths() throws Exception {
        String html = "<html><body><div class='nav'><a href='/'>首页</a></div><div id='content'>"
                + "<p>一、总体情况</p><p>全年共收到政府信息公开申请<span>3</span>件。</p>"
                + "<table border=1><tr><td>规章</td><td>0</td></tr></table>"
                + "<table border=1><tr><td>自然人</td><td>总计</td></tr><tr><td>1</td><td>1</td></tr>"
                + "<tr><td>一、本年新收</td><td>3</td></tr></table></div></body></html>";
        Document document = HtmlFixtures.parseText(html, StandardCharsets.UTF_8);
        List<Block> blocks = document.blocks();
        assertEquals(new Origin.Path("html>body>div#content>p[1]"), blocks.get(0).origin());
        assertEquals("全年共收到政府信息公开申请3件。", assertInstanceOf(Paragraph.class, blocks.get(1)).text());
        assertEquals(new Origin.Path("html>body>div#content>p[2]"), blocks.get(1).origin());
        Table second = assertInstanceOf(Table.class, blocks.get(3));
        assertEquals(new Origin.Path("html>body>div#content>table[2]"), second.origin());
        assertEquals(new Origin.Path("html>body>div#content>table[2]>tbody>tr[3]>td[1]"),
                second.rows().get(2).get(0).origin());
    }

    @Test
    void elementsWithoutSameTagSiblingsHaveNoIndex() throws Exception {
        String html = "<body><div><section><p>政府信息公开工作年度报告全文如下。</p></section>"
                + "<div><p>本报告中所列数据的统计期限自1月1日起。</p></div></div></body>";
        Document document = HtmlFixtures.parseText(html, StandardCharsets.UTF_8);
        assertEquals(new Origin.Path("html>body>div>section>p"), document.blocks().get(0).origin());
        assertEquals(new Origin.Path("html>body>div>div>p"), document.blocks().get(1).origin());
    }

    @Test
    void onlyAPlainIdNamesAStep() {
        for (String plain : List.of("content", "a", "Z9_-x", "x".repeat(64))) {
            assertTrue(ElementPath.isPlainId(plain), plain);
        }
        for (String other : List.of("", "9lives", "-x", "_x", "x y", "内容", "x.y", "a:b", "x".repeat(65))) {
            assertFalse(ElementPath.isPlainId(other), other);
        }
    }
}
