package io.github.gongkai.ocr;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What runs a PaddleOCR line recogniser: the module {@code gongkai-ocr-paddle} provides it with ONNX Runtime,
 * found by {@link java.util.ServiceLoader}, so that this module and the command line carry no inference engine.
 * Everything else about reading a cell (its lines, the model's input, decoding) stays here.
 */
public interface PaddleRuntime {

    /** Why this runtime cannot run here (its engine is not on the class path); empty where it can. */
    String unavailable();

    /** Loads the model for one thread. */
    Session open(Path model) throws IOException;

    /** A loaded model. */
    interface Session extends AutoCloseable {

        /**
         * Runs the model on one line: {@code input} holds three channels of {@code height} rows, each of
         * {@code input.length / (3 * height)} values.
         *
         * @return for each step of the line, the probability of each class
         */
        float[][] steps(float[] input, int height) throws IOException;

        @Override
        void close();
    }
}
