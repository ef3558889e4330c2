package io.github.gongkai.ocr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * A PaddleOCR recognition model in ONNX and its character list, asked for with the system property
 * {@value #PROPERTY} (the {@code .onnx} file); the character list is {@value #DICTIONARY_PROPERTY} where set,
 * else the one {@code .txt} file beside the model. Without the property Tesseract reads the cells.
 *
 * @param recognizer the {@code .onnx} model
 * @param dictionary its characters, one a line, in the model's class order
 * @param runtime    what runs the model
 */
record PaddleModel(Path recognizer, Path dictionary, PaddleRuntime runtime) {
    static final String PROPERTY = "gongkai.ocr.paddle";
    static final String DICTIONARY_PROPERTY = "gongkai.ocr.paddle.dict";

    /** The model the system property asks for; empty where it asks for none. */
    static Optional<Path> requested() {
        String property = System.getProperty(PROPERTY);
        return property == null || property.isBlank() ? Optional.empty() : Optional.of(Path.of(property));
    }

    /** The model at {@code model}, run by the runtime on the class path (gongkai-ocr-paddle), if any. */
    static Found find(Path model) {
        try {
            ServiceLoader<PaddleRuntime> runtimes = ServiceLoader.load(PaddleRuntime.class,
                    PaddleModel.class.getClassLoader());
            return find(model, runtimes.findFirst());
        } catch (ServiceConfigurationError e) {
            return new Found(Optional.empty(), "the PaddleOCR runtime could not be loaded: " + e.getMessage());
        }
    }

    /**
     * The model at {@code model} with its character list, or why it cannot be used: the file or its list is
     * missing, there is no runtime, or the runtime's engine (ONNX Runtime) is not on the class path.
     */
    static Found find(Path model, Optional<PaddleRuntime> runtime) {
        if (!Files.isRegularFile(model)) {
            return new Found(Optional.empty(), "the PaddleOCR model " + model + " named by -D" + PROPERTY
                    + " does not exist");
        }
        Optional<Path> dictionary = dictionary(model);
        if (dictionary.isEmpty()) {
            return new Found(Optional.empty(), "the character list of the PaddleOCR model " + model
                    + " was not found: put its .txt beside the model or name it with -D" + DICTIONARY_PROPERTY);
        }
        if (runtime.isEmpty()) {
            return new Found(Optional.empty(), "the PaddleOCR model needs gongkai-ocr-paddle and ONNX Runtime on the"
                    + " class path (io.github.gongkai:gongkai-ocr-paddle, com.microsoft.onnxruntime:onnxruntime)");
        }
        String unavailable = runtime.get().unavailable();
        if (!unavailable.isEmpty()) {
            return new Found(Optional.empty(), unavailable);
        }
        return new Found(Optional.of(new PaddleModel(model, dictionary.get(), runtime.get())), "");
    }

    /**
     * A model looked for.
     *
     * @param model   the model, where it can be used
     * @param problem why it cannot, empty where it can
     */
    record Found(Optional<PaddleModel> model, String problem) {
    }

    private static Optional<Path> dictionary(Path model) {
        String property = System.getProperty(DICTIONARY_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Optional.of(Path.of(property)).filter(Files::isRegularFile);
        }
        Path folder = model.toAbsolutePath().getParent();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> lists = files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .filter(Files::isRegularFile).toList();
            return lists.size() == 1 ? Optional.of(lists.get(0)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
