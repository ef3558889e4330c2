package io.github.gongkai.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.spi.RecognizedPage.Segment;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Straightening and ruling lines on a drawn page: a 4 × 3 grid with text in and around it. */
class PageGeometryTest {
    private static final float SCALE = 200 / 72f;

    private static BufferedImage page(double degrees, boolean seal) {
        BufferedImage image = new BufferedImage(1200, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 1000);
        g.rotate(Math.toRadians(degrees), 600, 500);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
        for (int line = 0; line < 5; line++) {
            g.drawString("2023 text of a paragraph above the table, line " + line, 100, 80 + 40 * line);
        }
        g.setStroke(new BasicStroke(2));
        for (int r = 0; r <= 4; r++) {
            g.drawLine(100, 350 + 100 * r, 1100, 350 + 100 * r);
        }
        for (int c = 0; c <= 3; c++) {
            g.drawLine(100 + 333 * c, 350, 100 + 333 * c, 750);
        }
        g.drawString("1139", 150, 420);
        g.drawString("2024年1月20日", 520, 890);
        if (seal) {
            g.setColor(new Color(220, 30, 40, 170)); // stamped ink: the print shows through
            g.setStroke(new BasicStroke(8));
            g.drawOval(500, 770, 220, 220);
            g.fillRect(510, 870, 200, 20); // as long as a rule: only its colour tells it apart
        }
        g.dispose();
        return image;
    }

    @Test
    void aCrookedPageIsStraightened() {
        PageImage page = PageImage.of(page(1.5, false));
        double angle = Skew.angle(page.ink(page.threshold()), page.width, page.height);
        assertEquals(1.5, angle, 0.1);
        PageImage straight = page.rotated(-angle);
        assertEquals(0, Skew.angle(straight.ink(straight.threshold()), straight.width, straight.height), 0.1);
    }

    @Test
    void theGridsLinesAreFoundAndARedSealIsNotInk() {
        PageImage page = PageImage.of(page(0, true));
        List<Segment> lines = new LineFinder(page, page.threshold(), SCALE).find();
        assertEquals(5, lines.stream().filter(s -> s.y1() == s.y2()).count(), "horizontal rules");
        assertEquals(4, lines.stream().filter(s -> s.x1() == s.x2()).count(), "vertical rules");
    }
}
