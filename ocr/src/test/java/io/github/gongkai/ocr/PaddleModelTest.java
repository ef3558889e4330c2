package io.github.gongkai.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Asking for a PaddleOCR model to read the cells: what is needed, and what is said when it is missing. */
class PaddleModelTest {
    @TempDir
    Path folder;

    private TesseractRecognizer recognizer(Path model) {
        return new TesseractRecognizer(Optional.of(folder), Optional.of(model));
    }

    @Test
    void aModelThatIsNotThereIsSaid() {
        TesseractRecognizer recognizer = recognizer(folder.resolve("rec.onnx"));
        assertFalse(recognizer.available());
        assertTrue(recognizer.unavailable().contains(PaddleModel.PROPERTY), recognizer.unavailable());
    }

    @Test
    void aModelWithoutItsCharacterListIsSaid() throws IOException {
        Path model = Files.createFile(folder.resolve("rec.onnx"));
        TesseractRecognizer recognizer = recognizer(model);
        assertFalse(recognizer.available());
        assertTrue(recognizer.unavailable().contains(PaddleModel.DICTIONARY_PROPERTY), recognizer.unavailable());
    }

    @Test
    void theCharacterListIsTheOneTextFileBesideTheModel() throws IOException {
        Path model = Files.createFile(folder.resolve("rec.onnx"));
        Path keys = Files.writeString(folder.resolve("keys.txt"), "1\n2\n");
        PaddleModel.Found found = PaddleModel.find(model, Optional.of(new Runtime("")));
        assertEquals("", found.problem());
        assertEquals(keys, found.model().orElseThrow().dictionary());
    }

    @Test
    void withoutTheModuleThatRunsTheModelItsNameIsSaid() throws IOException {
        Path model = Files.createFile(folder.resolve("rec.onnx"));
        Files.writeString(folder.resolve("keys.txt"), "1\n2\n");
        TesseractRecognizer recognizer = recognizer(model);
        assertFalse(recognizer.available(), "gongkai-ocr-paddle is not on this module's class path");
        assertTrue(recognizer.unavailable().contains("gongkai-ocr-paddle"), recognizer.unavailable());
    }

    @Test
    void aRuntimeWithoutItsEngineSaysSo() throws IOException {
        Path model = Files.createFile(folder.resolve("rec.onnx"));
        Files.writeString(folder.resolve("keys.txt"), "1\n2\n");
        PaddleModel.Found found = PaddleModel.find(model, Optional.of(new Runtime("no engine here")));
        assertTrue(found.model().isEmpty());
        assertEquals("no engine here", found.problem());
    }

    /** A runtime that runs nothing, available or not. */
    private record Runtime(String unavailable) implements PaddleRuntime {
        @Override
        public Session open(Path model) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void withoutTheTesseractModelTheTesseractMessageComesFirst() {
        TesseractRecognizer recognizer = new TesseractRecognizer(Optional.empty(), Optional.of(folder));
        assertTrue(recognizer.unavailable().contains("tesseract-ocr-chi-sim"), recognizer.unavailable());
    }
}
