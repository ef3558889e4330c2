package io.github.gongkai.ocr;

import io.github.gongkai.spi.RecognizedPage.Box;
import io.github.gongkai.spi.RecognizedPage.Recognized;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * PaddleOCR's text-line recogniser (PP-OCRv3 to v5, exported to ONNX) run by a {@link PaddleRuntime} on one
 * cell at a time: the cell's ink cut into lines, each scaled to the model's height and decoded greedily. One
 * instance per thread, as Tesseract's engines.
 */
final class PaddleCells implements CellEngine, AutoCloseable {
    /** The model's input height in pixels. */
    private static final int HEIGHT = 48;
    /** At most this many readings are offered for one cell. */
    private static final int MAX_ALTERNATIVES = 8;

    private final PaddleRuntime.Session session;
    /** The model's classes after CTC's blank: its character list, then a space. */
    private final List<String> characters;
    private PageImage page;
    private int threshold;
    private float scale;

    PaddleCells(PaddleModel model) throws IOException {
        characters = new ArrayList<>(Files.readAllLines(model.dictionary(), StandardCharsets.UTF_8));
        characters.add(" ");
        session = model.runtime().open(model.recognizer());
    }

    @Override
    public void image(PageImage erased, float pixelsPerPoint) {
        this.page = erased;
        this.threshold = erased.threshold();
        this.scale = pixelsPerPoint;
    }

    /**
     * Reads each line of the cell; a one-line cell that reads as a number is given as digits, with the readings
     * its unsure digits allow.
     */
    @Override
    public Recognized cell(Box box) throws IOException {
        CellLines.Span cell = new CellLines.Span(Math.max(0, Math.round(box.x() * scale)),
                Math.max(0, Math.round(box.y() * scale)),
                Math.min(page.width, Math.round((box.x() + box.width()) * scale)),
                Math.min(page.height, Math.round((box.y() + box.height()) * scale)));
        List<CellLines.Span> lines = CellLines.lines(page, threshold, cell);
        StringBuilder text = new StringBuilder();
        float confidence = 1;
        List<List<String>> choices = new ArrayList<>();
        for (CellLines.Span line : lines) {
            Ctc.Line read = read(line);
            text.append(text.isEmpty() ? "" : "\n").append(read.text());
            confidence = Math.min(confidence, read.confidence());
            choices.addAll(read.choices());
        }
        String joined = Numeric.oneLine(text.toString());
        if (lines.size() == 1 && Numeric.looksNumeric(joined)) {
            String number = Numeric.digits(joined);
            return new Recognized(number, box, confidence, Numeric.readings(number, choices, MAX_ALTERNATIVES));
        }
        return new Recognized(joined, box, confidence, List.of());
    }

    private Ctc.Line read(CellLines.Span line) throws IOException {
        return Ctc.decode(session.steps(CellLines.input(page, line, HEIGHT), HEIGHT), characters);
    }

    @Override
    public void close() {
        session.close();
    }
}
