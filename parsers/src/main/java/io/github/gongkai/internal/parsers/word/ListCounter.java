package io.github.gongkai.internal.parsers.word;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts numbered paragraphs the way Word does and renders each one's number. One counter set exists per
 * list; a paragraph at level L advances the counter of level L and restarts every level below it, so that
 * （一） starts again under each 一、. Not thread-safe: one instance reads one document.
 */
final class ListCounter {
    private static final int LEVELS = 9;
    private static final int UNSTARTED = Integer.MIN_VALUE;

    private final Map<Object, int[]> counters = new HashMap<>();

    /**
     * Advances the list's counter at {@code level} and returns the number to show before the paragraph's
     * text; empty for bullets and levels without a number. The tab or space Word puts after a number is
     * kept as one space only where the number ends in a Latin letter or a digit (a bare {@code %1}), since the
     * template's labels run on without one: 一、总体情况, （一）主动公开, 1.属于国家秘密.
     *
     * @param list   identifies the list whose counters advance
     * @param level  the paragraph's level, 0 to 8
     * @param levels the list's level definitions, by level; an entry may be null where a level is undefined
     */
    String next(Object list, int level, List<ListLevel> levels) {
        if (level < 0 || level >= LEVELS || level >= levels.size() || levels.get(level) == null) {
            return "";
        }
        int[] values = counters.computeIfAbsent(list, key -> newCounters());
        ListLevel definition = levels.get(level);
        values[level] = values[level] == UNSTARTED ? definition.start() : values[level] + 1;
        for (int below = level + 1; below < LEVELS; below++) {
            values[below] = UNSTARTED;
        }
        if (NumberFormats.BULLET.equals(definition.format())) {
            return "";
        }
        // A level text is one line in Word; a stray line feed in a damaged definition must not split the paragraph.
        String label = WordText.LINE_BREAK.matcher(render(definition, values, levels)).replaceAll("").strip();
        if (label.isEmpty()) {
            return "";
        }
        char last = label.charAt(label.length() - 1);
        boolean bare = last < '\u0080' && Character.isLetterOrDigit(last);
        return definition.spaced() && bare ? label + " " : label;
    }

    private static String render(ListLevel definition, int[] values, List<ListLevel> levels) {
        String text = definition.text();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            int referenced = i + 1 < text.length() && ch == '%' ? text.charAt(i + 1) - '1' : -1;
            if (referenced < 0 || referenced >= LEVELS) {
                out.append(ch);
                continue;
            }
            ListLevel other = referenced < levels.size() ? levels.get(referenced) : null;
            int value = values[referenced] == UNSTARTED ? (other == null ? 1 : other.start()) : values[referenced];
            String format = other == null || definition.legal() ? "decimal" : other.format();
            out.append(NumberFormats.format(format, value));
            i++;
        }
        return out.toString();
    }

    private static int[] newCounters() {
        int[] values = new int[LEVELS];
        Arrays.fill(values, UNSTARTED);
        return values;
    }
}
