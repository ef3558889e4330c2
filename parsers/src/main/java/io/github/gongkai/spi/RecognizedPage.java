package io.github.gongkai.spi;

import java.io.IOException;
import java.util.List;

/**
 * One page image opened by a {@link PageRecognizer}, straightened (deskewed). Every box is in PDF points
 * from the straightened page's top-left corner.
 */
public interface RecognizedPage extends AutoCloseable {

    /** The ruling lines found on the page: long horizontal and vertical runs of ink. */
    List<Segment> rulings();

    /**
     * Recognises the text inside a box on its own, as one table cell.
     *
     * @param box the cell, inside its ruling lines
     * @return the text, empty where the box holds no ink
     * @throws IOException when the engine fails
     */
    Recognized cell(Box box) throws IOException;

    /**
     * Recognises the running text outside the given boxes (the tables), line by line, top to bottom.
     *
     * @throws IOException when the engine fails
     */
    List<Recognized> lines(List<Box> outside) throws IOException;

    /** Releases the engine's copy of the image. */
    @Override
    void close();

    /**
     * A box in points.
     *
     * @param x      left edge
     * @param y      top edge
     * @param width  width
     * @param height height
     */
    record Box(float x, float y, float width, float height) {
    }

    /**
     * A straight ruling line in points: horizontal when {@code y1 == y2}, vertical when {@code x1 == x2}.
     *
     * @param x1 left or only x
     * @param y1 top or only y
     * @param x2 right or only x
     * @param y2 bottom or only y
     */
    record Segment(float x1, float y1, float x2, float y2) {
    }

    /**
     * Recognised text.
     *
     * @param text         the text on one line
     * @param box          where it is
     * @param confidence   how sure the engine is of it, from 0 to 1 (the least sure character counts)
     * @param alternatives other readings of the whole text the engine found plausible, most plausible first,
     *                     each differing from {@code text} only in characters the engine was unsure of
     */
    record Recognized(String text, Box box, float confidence, List<String> alternatives) {
        /** Checks the components and copies the list. */
        public Recognized {
            alternatives = List.copyOf(alternatives);
        }
    }
}
