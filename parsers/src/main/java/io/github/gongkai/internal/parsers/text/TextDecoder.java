package io.github.gongkai.internal.parsers.text;

import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.GongkaiException.Reason;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes the bytes of a scraped text (or of the start of any file, to sniff it) into characters:
 * UTF-8 with or without a byte order mark, UTF-16 with a byte order mark or with the zero bytes of
 * mostly-ASCII UTF-16, Big5 where a detector is sure of it, and otherwise GB18030, which also reads GBK
 * and GB2312. Strict decoding decides: bytes that are not valid UTF-8 are not UTF-8; where no encoding
 * reads the bytes strictly (a few bytes damaged), the one that leaves the fewest undecodable is taken.
 * Content that decodes to control characters or to replacement characters is not text.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    /** A character cut off at the end of a prefix is at most this many bytes long (UTF-8, GB18030). */
    private static final int LONGEST_SEQUENCE = 4;
    /** Share of control characters above which content is binary rather than text. */
    private static final double MOST_CONTROL = 0.01;
    private static final int SAMPLE = 4096;

    private TextDecoder() {
    }

    /**
     * Decodes the first {@code length} bytes, tolerating a character cut at the end when that is not the
     * whole content.
     *
     * @param bytes  the content
     * @param length how many bytes to decode from the start
     * @param file   the file's name, for messages
     * @return the text, without a byte order mark
     * @throws GongkaiException UNSUPPORTED_FORMAT when the bytes are not text in a supported encoding
     */
    public static String decode(byte[] bytes, int length, String file) throws GongkaiException {
        int end = Math.min(length, bytes.length);
        byte[] content = strayNuls(bytes, end) > 0 ? withoutNuls(bytes, end) : bytes;
        String text = decodeAny(content, content == bytes ? end : content.length, length < bytes.length);
        if (!isPrintable(text)) {
            throw new GongkaiException(Reason.UNSUPPORTED_FORMAT, file,
                    "binary content: NUL bytes, or too many control or undecodable characters for a text file");
        }
        return text;
    }

    /**
     * The NUL bytes a damaged download or a careless converter scattered in an otherwise good text or page, which
     * {@link #decode(byte[], int, String)} drops: their number among the first {@code length} bytes, where they are
     * few (at most one byte in a hundred) and the content is not UTF-16, whose zero bytes are part of its characters.
     * Binary content has more of them, or fails the tests of text once they are gone.
     *
     * @return the number of NUL bytes dropped, 0 where none are or where they are not stray
     */
    public static int strayNuls(byte[] bytes, int length) {
        int end = Math.min(length, bytes.length);
        int nuls = 0;
        for (int i = 0; i < end; i++) {
            nuls += bytes[i] == 0 ? 1 : 0;
        }
        boolean wide = startsWith(bytes, end, 0xFF, 0xFE) || startsWith(bytes, end, 0xFE, 0xFF)
                || utf16WithoutMark(bytes, end) != null;
        return wide || nuls > end * MOST_CONTROL ? 0 : nuls;
    }

    /** The first {@code length} bytes without their NUL bytes. */
    public static byte[] withoutNuls(byte[] bytes, int length) {
        byte[] kept = new byte[length];
        int n = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] != 0) {
                kept[n++] = bytes[i];
            }
        }
        return Arrays.copyOf(kept, n);
    }

    private static String decodeAny(byte[] bytes, int length, boolean prefix) {
        if (startsWith(bytes, length, 0xEF, 0xBB, 0xBF)) {
            return lenient(bytes, 3, length, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, length, 0xFF, 0xFE)) {
            return lenient(bytes, 2, length, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, length, 0xFE, 0xFF)) {
            return lenient(bytes, 2, length, StandardCharsets.UTF_16BE);
        }
        Charset wide = utf16WithoutMark(bytes, length);
        if (wide != null) {
            return lenient(bytes, 0, length, wide);
        }
        String text = strict(bytes, length, prefix, StandardCharsets.UTF_8);
        if (text == null && isBig5(bytes, length)) {
            text = strict(bytes, length, prefix, BIG5);
        }
        if (text == null) {
            text = strict(bytes, length, prefix, GB18030);
        }
        return text != null ? text : leastDamaged(bytes, length);
    }

    /**
     * A damaged download: UTF-8 or GB18030, whichever leaves fewer bytes undecodable, the damage replaced
     * by U+FFFD. Binary content ends up with many replacements and control characters and fails the
     * printable test after this, as it did before.
     */
    private static String leastDamaged(byte[] bytes, int length) {
        String utf8 = lenient(bytes, 0, length, StandardCharsets.UTF_8);
        String gb = lenient(bytes, 0, length, GB18030);
        return replacements(utf8) <= replacements(gb) ? utf8 : gb;
    }

    private static long replacements(String text) {
        return text.chars().filter(ch -> ch == '\uFFFD').count();
    }

    private static boolean startsWith(byte[] bytes, int length, int... mark) {
        if (length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((bytes[i] & 0xFF) != mark[i]) {
                return false;
            }
        }
        return true;
    }

    /** Mostly-ASCII UTF-16 has a zero byte in every other position; binary content has them anywhere. */
    private static Charset utf16WithoutMark(byte[] bytes, int length) {
        int sample = Math.min(length, SAMPLE) & ~1;
        if (sample < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = sample / 2;
        // A few zero bytes in the other half are characters such as 一 (U+4E00).
        if (oddZeros > pairs * 3 / 10 && evenZeros <= pairs / 20) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 3 / 10 && oddZeros <= pairs / 20) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean isBig5(byte[] bytes, int length) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(length, SAMPLE * 16));
        detector.dataEnd();
        return "BIG5".equalsIgnoreCase(detector.getDetectedCharset());
    }

    private static String lenient(byte[] bytes, int offset, int length, Charset charset) {
        return new String(bytes, offset, length - offset, charset);
    }

    /** Strict decoding; for a prefix, a last character cut short is dropped. Null when the bytes are invalid. */
    private static String strict(byte[] bytes, int length, boolean prefix, Charset charset) {
        int shortest = prefix ? Math.max(0, length - LONGEST_SEQUENCE + 1) : length;
        for (int end = length; end >= shortest; end--) {
            try {
                CharBuffer chars = charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, 0, end));
                return chars.toString();
            } catch (CharacterCodingException e) {
                // Invalid here: for a prefix, try again without the possibly cut last bytes.
            }
        }
        return null;
    }

    /** Text has no NUL and few other control characters (tab, line and page breaks are text). */
    private static boolean isPrintable(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == 0) {
                return false;
            }
            boolean layout = ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\u000B';
            if ((Character.isISOControl(ch) && !layout) || ch == '\uFFFD') {
                control++;
            }
        }
        return control <= text.length() * MOST_CONTROL;
    }
}
