package io.github.gongkai.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A cell's pixels taken from the page and made black and white, thinner or thicker, larger, for a second reading. */
class PageImageTest {
    /** A 4 × 3 page: white, with a stroke fading from black (0) to light grey (160) along its second row. */
    private static PageImage page() {
        byte[] grey = new byte[12];
        java.util.Arrays.fill(grey, (byte) 255);
        grey[5] = 0;
        grey[6] = (byte) 160;
        return new PageImage(4, 3, grey);
    }

    @Test
    void aRegionIsClippedToThePage() {
        PageImage region = page().region(1, 1, 10, 10);
        assertEquals(3, region.width);
        assertEquals(2, region.height);
        assertEquals(0, region.at(0, 0));
        assertEquals(160, region.at(1, 0));
    }

    @Test
    void aLowerThresholdThinsStrokesAndAHigherOneThickensThem() {
        PageImage region = page().region(1, 1, 2, 1);
        assertEquals(1, ink(region.binarised(100, 1, 0)), "the light grey is paper at 100");
        assertEquals(2, ink(region.binarised(200, 1, 0)), "and ink at 200");
    }

    @Test
    void anEnlargedImageHasItsMarginOfPaper() {
        PageImage out = page().region(1, 1, 1, 1).binarised(128, 3, 2);
        assertEquals(7, out.width);
        assertEquals(7, out.height);
        assertEquals(9, ink(out));
        assertEquals(255, out.at(1, 1));
        assertEquals(0, out.at(2, 2));
    }

    private static int ink(PageImage image) {
        int ink = 0;
        for (byte b : image.grey) {
            ink += b == 0 ? 1 : 0;
        }
        return ink;
    }
}
