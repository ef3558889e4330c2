package io.github.gongkai.ocr.paddle;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.github.gongkai.ocr.PaddleRuntime;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Map;

/** One thread's ONNX Runtime session of a line recogniser: input 1 × 3 × height × width, output 1 × steps × classes. */
final class OnnxSession implements PaddleRuntime.Session {
    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final String input;

    OnnxSession(Path model) throws IOException {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            // One core per engine, as Tesseract: parallelism comes from pages on threads (-j).
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = env.createSession(model.toString(), options);
            input = session.getInputNames().iterator().next();
        } catch (OrtException e) {
            throw new IOException("ONNX Runtime could not load " + model + ": " + e.getMessage(), e);
        }
    }

    @Override
    public float[][] steps(float[] line, int height) throws IOException {
        long width = line.length / (3L * height);
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(line), new long[] {1, 3, height, width});
                OrtSession.Result result = session.run(Map.of(input, tensor))) {
            return ((float[][][]) result.get(0).getValue())[0];
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
