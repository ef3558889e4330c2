package io.github.gongkai.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.spi.RecognizedPage.Box;
import io.github.gongkai.spi.RecognizedPage.Recognized;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cell read by a PaddleOCR model through the runtime that runs it, here one that answers by hand. */
class PaddleCellsTest {
    @TempDir
    Path folder;

    /** Reads every line as 1, blank, 7 with 7 unsure against 1; keeps the heights and widths it is given. */
    private static final class Runtime implements PaddleRuntime, PaddleRuntime.Session {
        final List<int[]> lines = new ArrayList<>();
        Path opened;
        boolean closed;

        @Override
        public String unavailable() {
            return "";
        }

        @Override
        public Session open(Path model) {
            opened = model;
            return this;
        }

        @Override
        public float[][] steps(float[] input, int height) {
            lines.add(new int[] {height, input.length / (3 * height)});
            // Classes: blank, then the list's 1 and 7, then a space.
            return new float[][] {{0.01f, 0.98f, 0.005f, 0.005f}, {0.99f, 0.005f, 0.003f, 0.002f},
                {0.02f, 0.3f, 0.67f, 0.01f}};
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void aOneLineNumberIsReadThroughTheRuntimeWithTheReadingsItsUnsureDigitAllows() throws IOException {
        Path model = Files.createFile(folder.resolve("rec.onnx"));
        Files.writeString(folder.resolve("keys.txt"), "1\n7\n");
        Runtime runtime = new Runtime();
        PaddleModel paddle = PaddleModel.find(model, Optional.of(runtime)).model().orElseThrow();
        byte[] grey = new byte[200 * 100];
        Arrays.fill(grey, (byte) 255);
        for (int y = 40; y < 60; y++) {
            Arrays.fill(grey, y * 200 + 50, y * 200 + 90, (byte) 0);
        }
        Recognized read;
        try (PaddleCells cells = new PaddleCells(paddle)) {
            cells.image(new PageImage(200, 100, grey), 2);
            read = cells.cell(new Box(10, 10, 80, 40));
        }
        assertEquals(model, runtime.opened);
        assertEquals(1, runtime.lines.size(), "one line of ink");
        assertEquals(48, runtime.lines.get(0)[0], "the model's height");
        assertEquals("17", read.text());
        assertEquals(0.67f, read.confidence(), 1e-6);
        assertEquals(List.of("11"), read.alternatives());
        assertTrue(runtime.closed, "the session is closed with the engine");
    }
}
