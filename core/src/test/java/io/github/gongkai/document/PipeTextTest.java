package io.github.gongkai.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

class PipeTextTest {

    @Test
    void mergedCellsAreWrittenAtTheirTopLeftPosition() {
        Table table = new Table(List.of(
                List.of(new Cell("corner", 2, 2, Origin.UNKNOWN), Cell.of("申请人情况", Origin.UNKNOWN)),
                List.of(Cell.of("自然人", Origin.UNKNOWN)),
                List.of(Cell.of("一、本年新收", Origin.UNKNOWN), Cell.of("", Origin.UNKNOWN), Cell.of("3", Origin.UNKNOWN))),
                Origin.UNKNOWN);
        String text = PipeText.write(Document.of(List.of(new Paragraph("三、收到和处理", Origin.UNKNOWN), table)));
        assertEquals("三、收到和处理\ncorner |  | 申请人情况 |\n |  | 自然人 |\n一、本年新收 |  | 3 |\n\n", text);
    }

    @Test
    void roundTripKeepsTextAndGrid() {
        Table table = new Table(List.of(
                List.of(Cell.of("a|b", Origin.UNKNOWN), new Cell("wide", 1, 2, Origin.UNKNOWN)),
                List.of(Cell.of("", Origin.UNKNOWN), Cell.of("back\\slash", Origin.UNKNOWN), Cell.of("x", Origin.UNKNOWN))),
                Origin.UNKNOWN);
        Document document = Document.of(List.of(new Paragraph("ends with |", Origin.UNKNOWN), table, table,
                new Paragraph("after", Origin.UNKNOWN)));
        String text = PipeText.write(document);
        Document back = PipeText.read(text);
        assertEquals(text, PipeText.write(back));
        assertEquals(4, back.blocks().size());
        Grid grid = assertInstanceOf(Table.class, back.blocks().get(1)).grid();
        assertEquals("a|b", grid.at(0, 0).text());
        assertEquals("back\\slash", grid.at(1, 1).text());
        assertEquals(new Origin.Line(2), grid.at(0, 0).origin());
    }
}
