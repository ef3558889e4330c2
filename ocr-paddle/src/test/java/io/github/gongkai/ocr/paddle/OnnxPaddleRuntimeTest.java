package io.github.gongkai.ocr.paddle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.ocr.PaddleRuntime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ONNX Runtime running a line recogniser for the ocr module, on a model written here byte by byte: the mean of
 * the three channels, so that each row of the line comes back as one step.
 */
class OnnxPaddleRuntimeTest {
    @TempDir
    Path folder;

    @Test
    void theOcrModuleFindsThisRuntimeAndItsEngine() {
        PaddleRuntime runtime = ServiceLoader.load(PaddleRuntime.class).findFirst().orElseThrow();
        assertInstanceOf(OnnxPaddleRuntime.class, runtime);
        assertEquals("", runtime.unavailable());
    }

    @Test
    void aLineGoesInAsOneByThreeByHeightByWidthAndItsStepsComeBack() throws IOException {
        Path model = Files.write(folder.resolve("mean.onnx"), meanOfChannels());
        int height = 2;
        int width = 4;
        float[] line = new float[3 * height * width];
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    line[(c * height + y) * width + x] = c + 10 * y + x;
                }
            }
        }
        float[][] steps;
        try (PaddleRuntime.Session session = new OnnxPaddleRuntime().open(model)) {
            steps = session.steps(line, height);
        }
        assertEquals(height, steps.length);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                assertEquals(1 + 10 * y + x, steps[y][x], 1e-5, "the channels' mean at " + x + ", " + y);
            }
        }
    }

    @Test
    void aFileThatIsNoModelIsSaidWithItsName() throws IOException {
        Path model = Files.writeString(folder.resolve("rec.onnx"), "not a model");
        IOException e = assertThrows(IOException.class, () -> new OnnxPaddleRuntime().open(model));
        assertTrue(e.getMessage().contains(model.toString()), e.getMessage());
    }

    /** An ONNX model (opset 13): y = ReduceMean(x, axes = [1], keepdims = 0), x of shape 1 × 3 × h × w. */
    private static byte[] meanOfChannels() {
        byte[] floats = message(field(1, varint(1))); // tensor_type.elem_type FLOAT
        byte[] input = message(field(1, string("x")), field(2, message(field(1, message(field(1, varint(1)),
                field(2, message(dimension(1), dimension(3), dimension("h"), dimension("w"))))))));
        byte[] output = message(field(1, string("y")), field(2, message(field(1, floats))));
        byte[] axes = message(field(1, string("axes")), field(8, varint(1)), field(20, varint(7)));
        byte[] keepdims = message(field(1, string("keepdims")), field(3, varint(0)), field(20, varint(2)));
        byte[] node = message(field(1, string("x")), field(2, string("y")), field(4, string("ReduceMean")),
                field(5, axes), field(5, keepdims));
        byte[] graph = message(field(1, node), field(2, string("mean")), field(11, input), field(12, output));
        return message(field(1, varint(7)), field(7, graph), field(8, message(field(2, varint(13)))));
    }

    private static byte[] dimension(long value) {
        return field(1, message(field(1, varint(value))));
    }

    private static byte[] dimension(String name) {
        return field(1, message(field(2, string(name))));
    }

    /** A varint field's value, marked as such for {@link #field}. */
    private record Varint(long value) {
    }

    private static Object varint(long value) {
        return new Varint(value);
    }

    private static byte[] string(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Protocol Buffers' wire format: a varint, or bytes with their length. */
    private static byte[] field(int number, Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (value instanceof Varint v) {
            write(out, (long) number << 3);
            write(out, v.value());
        } else {
            byte[] bytes = (byte[]) value;
            write(out, ((long) number << 3) | 2);
            write(out, bytes.length);
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] message(byte[]... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] f : fields) {
            out.writeBytes(f);
        }
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) (v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
    }
}
