package io.github.gongkai.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cell's ink cut into lines for a line recogniser, and a line turned into the model's input. */
class CellLinesTest {
    private static final int W = 200;
    private static final int H = 120;

    private static PageImage blank() {
        byte[] grey = new byte[W * H];
        Arrays.fill(grey, (byte) 255);
        return new PageImage(W, H, grey);
    }

    private static void ink(PageImage page, int x0, int y0, int x1, int y1) {
        for (int y = y0; y < y1; y++) {
            Arrays.fill(page.grey, y * W + x0, y * W + x1, (byte) 0);
        }
    }

    @Test
    void twoLinesOfInkAreTwoLinesEachCroppedToItsInkWithAMargin() {
        PageImage page = blank();
        ink(page, 20, 10, 180, 30);
        ink(page, 40, 50, 100, 70);
        List<CellLines.Span> lines = CellLines.lines(page, 128, new CellLines.Span(0, 0, W, H));
        assertEquals(List.of(new CellLines.Span(15, 5, 185, 35), new CellLines.Span(35, 45, 105, 75)), lines);
    }

    @Test
    void strokesWithAThinGapBetweenThemAreOneLineAndASpeckIsNone() {
        PageImage page = blank();
        ink(page, 20, 10, 60, 25); // a line whose lowest strokes (the foot of 三) stand two rows apart
        ink(page, 20, 27, 60, 30);
        ink(page, 150, 80, 153, 82); // a speck of dust
        List<CellLines.Span> lines = CellLines.lines(page, 128, new CellLines.Span(0, 0, W, H));
        assertEquals(1, lines.size(), lines.toString());
        assertEquals(new CellLines.Span(15, 5, 65, 35), lines.get(0));
    }

    @Test
    void aLineIsScaledToTheModelsHeightInThreeChannelsAndPaddedWithZeroToTheMinimumWidth() {
        PageImage page = blank();
        ink(page, 20, 10, 180, 30);
        int height = 48;
        float[] input = CellLines.input(page, new CellLines.Span(10, 10, 190, 30), height);
        int width = input.length / (3 * height);
        assertEquals(432, width, "180 × 48 / 20");
        assertEquals(1f, input[20 * width], 1e-6, "paper at the left margin is white: 1");
        assertEquals(-1f, input[20 * width + 100], 1e-6, "ink is black: −1");
        assertEquals(input[20 * width + 100], input[(2 * height + 20) * width + 100], "the channels are equal");
        float[] narrow = CellLines.input(page, new CellLines.Span(20, 10, 40, 30), height);
        assertEquals(3 * height * CellLines.MIN_WIDTH, narrow.length, "20 × 48 / 20 = 48, padded");
        assertEquals(-1f, narrow[20 * CellLines.MIN_WIDTH + 20], 1e-6);
        assertTrue(narrow[20 * CellLines.MIN_WIDTH + CellLines.MIN_WIDTH - 1] == 0f, "padding is 0");
    }
}
