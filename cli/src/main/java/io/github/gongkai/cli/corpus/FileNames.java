package io.github.gongkai.cli.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * The names of files as the outputs give them: UTF-8 text, one for one with the bytes on disk. File names
 * on Linux are bytes; those of an archive unzipped from another encoding (GBK) are not valid UTF-8, and
 * Java shows every undecodable byte as the same U+FFFD, so that {@code x\xff.txt} and {@code x\xfe.txt}
 * would share one name and one output. Here each byte that is not part of valid UTF-8 is written as U+FFFD
 * followed by its two hex digits ({@code x�FF.txt}), and so is each byte of a U+FFFD the name really holds,
 * which keeps the mapping reversible.
 */
final class FileNames {
    private static final char MARK = '\uFFFD';
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private FileNames() {
    }

    /** The name of one path component (a file or folder name). */
    static String of(Path component) {
        String name = component.toString();
        if (name.indexOf(MARK) < 0) {
            return name;
        }
        return escape(bytes(component));
    }

    /** The bytes of a name decoded as UTF-8, with undecodable bytes and U+FFFD escaped. */
    static String escape(byte[] bytes) {
        StringBuilder name = new StringBuilder(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int i = 0;
        while (i < bytes.length) {
            int length = sequenceLength(bytes[i]);
            String character = length == 0 || i + length > bytes.length ? null : decode(decoder, bytes, i, length);
            if (character == null || character.indexOf(MARK) >= 0) {
                int count = character == null ? 1 : length;
                for (int k = 0; k < count; k++) {
                    name.append(MARK).append(HEX.toHexDigits(bytes[i + k]));
                }
                i += count;
            } else {
                name.append(character);
                i += length;
            }
        }
        return name.toString();
    }

    /** The bytes of a single component as the file system holds them, read from its URI, which keeps them. */
    private static byte[] bytes(Path component) {
        String raw = component.toUri().getRawPath();
        if (raw.endsWith("/")) {
            raw = raw.substring(0, raw.length() - 1);
        }
        raw = raw.substring(raw.lastIndexOf('/') + 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                bytes.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }

    /** How many bytes the UTF-8 sequence starting with {@code lead} has; 0 for a byte no sequence starts with. */
    private static int sequenceLength(byte lead) {
        int b = lead & 0xFF;
        if (b < 0x80) {
            return 1;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            return 2;
        }
        if (b >= 0xE0 && b <= 0xEF) {
            return 3;
        }
        return b >= 0xF0 && b <= 0xF4 ? 4 : 0;
    }

    private static String decode(CharsetDecoder decoder, byte[] bytes, int offset, int length) {
        try {
            CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(bytes, offset, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
