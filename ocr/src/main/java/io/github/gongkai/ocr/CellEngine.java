package io.github.gongkai.ocr;

import io.github.gongkai.spi.RecognizedPage.Box;
import io.github.gongkai.spi.RecognizedPage.Recognized;
import java.io.IOException;

/** What reads the table cells of a page, one cell at a time: Tesseract's models or PP-OCR's recogniser. */
interface CellEngine {

    /** Hands over the straightened page, its ruling lines whited out, for the cells that follow. */
    void image(PageImage page, float pixelsPerPoint);

    /** Reads one cell of the page last handed over; the box holds ink. */
    Recognized cell(Box box) throws IOException;
}
