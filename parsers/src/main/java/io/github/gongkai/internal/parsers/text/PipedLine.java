package io.github.gongkai.internal.parsers.text;

import io.github.gongkai.internal.text.Characters;
import java.util.ArrayList;
import java.util.List;

/**
 * A line of a table flattened with pipes: {@code 行政许可 | 0 | ||}, {@code 规章 |} or a lone {@code |}.
 * Cells are split at unescaped pipes (half or full width) and stripped; the empty cells that merged
 * cells leave at the end of a row are dropped.
 */
final class PipedLine {
    private PipedLine() {
    }

    /** Whether a line is part of a pipe-flattened table: it ends with a pipe or has cells between pipes. */
    static boolean matches(String line) {
        String t = Characters.strip(line);
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if ((last == '|' || last == '｜') && !escaped(t, t.length() - 1)) {
            return true;
        }
        return split(t).size() >= 3;
    }

    /** The cells of a line, without the empty cells at its end. */
    static List<String> cells(String line) {
        List<String> cells = split(Characters.strip(line));
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        return cells.subList(0, end);
    }

    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length() && (line.charAt(i + 1) == '|' || line.charAt(i + 1) == '\\')) {
                cell.append(line.charAt(++i));
            } else if (ch == '|' || ch == '｜') {
                cells.add(Characters.strip(cell.toString()));
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(Characters.strip(cell.toString()));
        return cells;
    }

    private static boolean escaped(String text, int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
