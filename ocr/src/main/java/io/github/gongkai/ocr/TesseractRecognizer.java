package io.github.gongkai.ocr;

import io.github.gongkai.spi.PageRecognizer;
import io.github.gongkai.spi.RecognizedPage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tesseract 5 (through the JavaCPP presets, which carry the native library) with the simplified-Chinese
 * model. Each thread gets its own engines on first use and keeps them for the next page.
 */
public final class TesseractRecognizer implements PageRecognizer {
    private final Optional<Path> tessdata;
    private final ThreadLocal<Engine> engines = ThreadLocal.withInitial(this::engine);

    /** A recogniser using the model found where {@code TESSDATA_PREFIX} or the system's packages put it. */
    public TesseractRecognizer() {
        this(Tessdata.locate());
    }

    /** A recogniser using the models in {@code tessdata}; none where it is empty. */
    TesseractRecognizer(Optional<Path> tessdata) {
        this.tessdata = tessdata;
    }

    @Override
    public boolean available() {
        return tessdata.isPresent();
    }

    @Override
    public String unavailable() {
        return tessdata.isPresent() ? "" : "the Tesseract model chi_sim.traineddata was not found; install it"
                + " (apt-get install tesseract-ocr-chi-sim) or set TESSDATA_PREFIX to the folder holding it";
    }

    @Override
    public RecognizedPage open(BufferedImage image, float pixelsPerPoint) throws IOException {
        if (tessdata.isEmpty()) {
            throw new IOException(unavailable());
        }
        try {
            return TesseractPage.open(engines.get(), PageImage.of(image), pixelsPerPoint);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Engine engine() {
        try {
            return new Engine(tessdata.orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
