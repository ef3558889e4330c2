package io.github.gongkai.internal.parsers;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Finds an entry's name in a ZIP archive by reading its file headers, without inflating anything, so
 * that a hostile archive costs no more than one pass over its bytes. Both the central directory and
 * the local headers are read, so that a truncated archive is still recognised.
 */
final class ZipNames {
    private static final int CENTRAL = 0x0201;
    private static final int LOCAL = 0x0403;

    private ZipNames() {
    }

    /** Whether the archive has an entry with exactly this name. */
    static boolean contains(byte[] zip, String name) {
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 4 <= zip.length; i++) {
            if (zip[i] != 'P' || zip[i + 1] != 'K') {
                continue;
            }
            int kind = u16(zip, i + 2);
            int lengthAt = kind == CENTRAL ? i + 28 : kind == LOCAL ? i + 26 : -1;
            int nameAt = kind == CENTRAL ? i + 46 : i + 30;
            if (lengthAt < 0 || nameAt + wanted.length > zip.length || u16(zip, lengthAt) != wanted.length) {
                continue;
            }
            if (Arrays.equals(zip, nameAt, nameAt + wanted.length, wanted, 0, wanted.length)) {
                return true;
            }
        }
        return false;
    }

    private static int u16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }
}
