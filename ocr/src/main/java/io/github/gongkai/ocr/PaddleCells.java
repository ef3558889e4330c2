package io.github.gongkai.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.github.gongkai.spi.RecognizedPage.Box;
import io.github.gongkai.spi.RecognizedPage.Recognized;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PaddleOCR's text-line recogniser (PP-OCRv3 to v5, exported to ONNX) run by ONNX Runtime on one cell at a
 * time: the cell's ink cut into lines, each scaled to the model's height and decoded greedily. One instance
 * per thread, as Tesseract's engines.
 */
final class PaddleCells implements CellEngine, AutoCloseable {
    /** The model's input height in pixels. */
    private static final int HEIGHT = 48;
    /** At most this many readings are offered for one cell. */
    private static final int MAX_ALTERNATIVES = 8;

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final String input;
    /** The model's classes after CTC's blank: its character list, then a space. */
    private final List<String> characters;
    private PageImage page;
    private int threshold;
    private float scale;

    PaddleCells(PaddleModel model) throws IOException {
        characters = new ArrayList<>(Files.readAllLines(model.dictionary(), StandardCharsets.UTF_8));
        characters.add(" ");
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            // One core per engine, as Tesseract: parallelism comes from pages on threads (-j).
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = env.createSession(model.recognizer().toString(), options);
            input = session.getInputNames().iterator().next();
        } catch (OrtException e) {
            throw new IOException("ONNX Runtime could not load " + model.recognizer() + ": " + e.getMessage(), e);
        }
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
        float[] data = CellLines.input(page, line, HEIGHT);
        long width = data.length / (3L * HEIGHT);
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(data), new long[] {1, 3, HEIGHT, width});
                OrtSession.Result result = session.run(Map.of(input, tensor))) {
            return Ctc.decode(((float[][][]) result.get(0).getValue())[0], characters);
        } catch (OrtException e) {
            throw new IOException("ONNX Runtime failed on a cell: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // The session is gone either way.
        }
    }
}
