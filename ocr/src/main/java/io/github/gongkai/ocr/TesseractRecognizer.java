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
 * model. Each thread gets its own engines on first use and keeps them for the next page. Where the system
 * property {@value PaddleModel#PROPERTY} names a PaddleOCR model, that model reads the table cells instead
 * (Tesseract still reads the running text), run by the {@link PaddleRuntime} on the class path.
 */
public final class TesseractRecognizer implements PageRecognizer {
    private final Optional<Path> tessdata;
    /** The PaddleOCR model asked for to read the cells, if any. */
    private final Optional<PaddleModel.Found> paddle;
    private final ThreadLocal<Engine> engines = ThreadLocal.withInitial(this::engine);
    private final ThreadLocal<CellEngine> cells = ThreadLocal.withInitial(this::cellEngine);

    /**
     * A recogniser using the model found where {@code TESSDATA_PREFIX} or the system's packages put it, and
     * the PaddleOCR model for the cells where the system property names one.
     */
    public TesseractRecognizer() {
        this(Tessdata.locate(), PaddleModel.requested());
    }

    /** A recogniser using the models in {@code tessdata}; none where it is empty. */
    TesseractRecognizer(Optional<Path> tessdata) {
        this(tessdata, Optional.empty());
    }

    /** A recogniser using the models in {@code tessdata}, and the PaddleOCR model {@code paddle} for cells. */
    TesseractRecognizer(Optional<Path> tessdata, Optional<Path> paddle) {
        this.tessdata = tessdata;
        this.paddle = paddle.map(PaddleModel::find);
    }

    @Override
    public boolean available() {
        return unavailable().isEmpty();
    }

    @Override
    public String unavailable() {
        if (tessdata.isEmpty()) {
            return "the Tesseract model chi_sim.traineddata was not found; install it"
                    + " (apt-get install tesseract-ocr-chi-sim) or set TESSDATA_PREFIX to the folder holding it";
        }
        return paddle.map(PaddleModel.Found::problem).orElse("");
    }

    @Override
    public RecognizedPage open(BufferedImage image, float pixelsPerPoint) throws IOException {
        if (!available()) {
            throw new IOException(unavailable());
        }
        try {
            return TesseractPage.open(engines.get(), cells.get(), PageImage.of(image), pixelsPerPoint);
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

    private CellEngine cellEngine() {
        Optional<PaddleModel> model = paddle.flatMap(PaddleModel.Found::model);
        if (model.isEmpty()) {
            return engines.get();
        }
        try {
            return new PaddleCells(model.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
