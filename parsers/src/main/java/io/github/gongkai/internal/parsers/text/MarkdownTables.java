package io.github.gongkai.internal.parsers.text;

import io.github.gongkai.internal.text.Characters;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of Markdown pipe tables: one row per line, cells between unescaped pipes, outer pipes optional.
 * Cell text keeps its inline markup for {@link MarkdownInline} to remove. Grid tables: {@link GridTable}.
 */
final class MarkdownTables {
    private MarkdownTables() {
    }

    /** The cells of a pipe table row, without the empty cells that merged cells leave at its end. */
    static List<String> pipeCells(String line) {
        String row = Characters.strip(line);
        List<String> cells = new ArrayList<>();
        int start = row.startsWith("|") ? 1 : 0;
        boolean escaped = false;
        for (int i = start; i < row.length(); i++) {
            char ch = row.charAt(i);
            if (ch == '|' && !escaped) {
                cells.add(row.substring(start, i));
                start = i + 1;
            }
            escaped = ch == '\\' && !escaped;
        }
        if (start < row.length()) {
            cells.add(row.substring(start));
        }
        int end = cells.size();
        while (end > 0 && MarkdownInline.cell(cells.get(end - 1)).isEmpty()) {
            end--;
        }
        return cells.subList(0, end);
    }

    /** Whether a line holds a pipe that is not escaped. */
    static boolean hasPipe(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '|') {
                return true;
            }
        }
        return false;
    }
}
