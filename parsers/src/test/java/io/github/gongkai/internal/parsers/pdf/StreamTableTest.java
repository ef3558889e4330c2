package io.github.gongkai.internal.parsers.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.internal.text.Characters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamTableTest {
    @Test
    void rowsWhoseValuesCarryAUnitAreATable() {
        List<TextLine> lines = List.of(row(100, "行政许可", "1853件"), row(120, "行政处罚", "1,382件"),
                row(140, "行政事业性收费", "43.65万元"));
        assertEquals(3, StreamTable.runEnd(lines, 0));
    }

    @Test
    void runningTextIsNoTable() {
        List<TextLine> lines = List.of(row(100, "全年共主动公开政府信息276条"), row(120, "其中政策文件82条"),
                row(140, "工作动态110条"));
        assertEquals(0, StreamTable.runEnd(lines, 0));
    }

    /** A line of 10-point glyphs: the label from x 72, each further text 150 points right of the one before. */
    private static TextLine row(float baseline, String... texts) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int t = 0; t < texts.length; t++) {
            float x = 72 + 150 * t;
            for (char ch : texts[t].toCharArray()) {
                float width = Characters.isWide(ch) ? 10 : 5;
                glyphs.add(new Glyph(String.valueOf(ch), x, baseline, width, 10));
                x += width;
            }
        }
        return TextLine.group(glyphs).get(0);
    }
}
