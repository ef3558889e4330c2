package io.github.gongkai.cli;

/**
 * Text from files (names, messages) made safe for one line on a terminal: control characters are shown as
 * escapes, so that a newline in a file name cannot split a line and an escape sequence in it cannot reach
 * the terminal. Characters that reorder text (bidirectional controls) are escaped too.
 */
public final class Printable {
    private Printable() {
    }

    /** The text with every control or formatting character written as {@code \n}, {@code \t} or {@code \}{@code uXXXX}. */
    public static String line(String text) {
        StringBuilder line = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                if (line != null) {
                    line.append(c);
                }
                continue;
            }
            if (line == null) {
                line = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            switch (c) {
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> line.append(String.format("\\u%04X", (int) c));
            }
        }
        return line == null ? text : line.toString();
    }

    private static boolean isControl(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || (type == Character.FORMAT && isBidi(c));
    }

    /** The marks and overrides that make a terminal show text in another order than it is stored in. */
    private static boolean isBidi(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
