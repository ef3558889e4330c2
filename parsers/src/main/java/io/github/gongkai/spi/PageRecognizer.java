package io.github.gongkai.spi;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Reads the image of a scanned page: it finds the ruling lines of its tables and recognises the text of a
 * box on it. The PDF parser builds the tables' cell grid from the lines the way it does for drawn lines, then
 * asks for each cell on its own, so that a recogniser never has to guess a table from text lines.
 *
 * <p>Implementations are found with {@link ServiceLoader} and must have a public no-argument constructor.
 * One instance serves every thread; each {@link RecognizedPage} belongs to one thread.
 */
public interface PageRecognizer {

    /**
     * Whether the engine and its model can be used here; when not, {@link #unavailable()} says why.
     */
    boolean available();

    /** Why {@link #available()} is false, and how to make it true; empty when it is true. */
    String unavailable();

    /**
     * Opens a page image for reading.
     *
     * @param image          the page as rendered, in colour (a red seal is told from black text by its colour)
     * @param pixelsPerPoint the rendering's scale: pixels per PDF point (dpi / 72)
     * @return the page, straightened; close it when done
     * @throws IOException when the engine fails on it
     */
    RecognizedPage open(BufferedImage image, float pixelsPerPoint) throws IOException;

    /** The first recogniser on the class path or module path, if any. */
    static Optional<PageRecognizer> find() {
        return ServiceLoader.load(PageRecognizer.class, PageRecognizer.class.getClassLoader()).findFirst();
    }
}
