package io.github.gongkai.ocr.paddle;

import io.github.gongkai.ocr.PaddleRuntime;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs PaddleOCR's recogniser with ONNX Runtime, for the ocr module, which finds it on the class path. Loading
 * this class touches no ONNX Runtime class, so that a missing jar is said rather than thrown.
 */
public final class OnnxPaddleRuntime implements PaddleRuntime {
    private static final String ENGINE = "ai.onnxruntime.OrtEnvironment";

    @Override
    public String unavailable() {
        try {
            Class.forName(ENGINE, false, OnnxPaddleRuntime.class.getClassLoader());
            return "";
        } catch (ClassNotFoundException e) {
            return "the PaddleOCR model needs ONNX Runtime on the class path (com.microsoft.onnxruntime:onnxruntime)";
        }
    }

    @Override
    public Session open(Path model) throws IOException {
        return new OnnxSession(model);
    }
}
