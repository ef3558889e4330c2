package io.github.gongkai.ocr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A PaddleOCR recognition model in ONNX and its character list, asked for with the system property
 * {@value #PROPERTY} (the {@code .onnx} file); the character list is {@value #DICTIONARY_PROPERTY} where set,
 * else the one {@code .txt} file beside the model. Without the property Tesseract reads the cells.
 *
 * @param recognizer the {@code .onnx} model
 * @param dictionary its characters, one a line, in the model's class order
 */
record PaddleModel(Path recognizer, Path dictionary) {
    static final String PROPERTY = "gongkai.ocr.paddle";
    static final String DICTIONARY_PROPERTY = "gongkai.ocr.paddle.dict";
    private static final String RUNTIME = "ai.onnxruntime.OrtEnvironment";

    /** The model the system property asks for; empty where it asks for none. */
    static Optional<Path> requested() {
        String property = System.getProperty(PROPERTY);
        return property == null || property.isBlank() ? Optional.empty() : Optional.of(Path.of(property));
    }

    /**
     * The model at {@code model} with its character list, or why it cannot be used: the file or its list is
     * missing, or ONNX Runtime is not on the class path.
     */
    static Found find(Path model) {
        if (!Files.isRegularFile(model)) {
            return new Found(Optional.empty(), "the PaddleOCR model " + model + " named by -D" + PROPERTY
                    + " does not exist");
        }
        Optional<Path> dictionary = dictionary(model);
        if (dictionary.isEmpty()) {
            return new Found(Optional.empty(), "the character list of the PaddleOCR model " + model
                    + " was not found: put its .txt beside the model or name it with -D" + DICTIONARY_PROPERTY);
        }
        try {
            Class.forName(RUNTIME, false, PaddleModel.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return new Found(Optional.empty(), "the PaddleOCR model needs ONNX Runtime on the class path"
                    + " (com.microsoft.onnxruntime:onnxruntime)");
        }
        return new Found(Optional.of(new PaddleModel(model, dictionary.get())), "");
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
