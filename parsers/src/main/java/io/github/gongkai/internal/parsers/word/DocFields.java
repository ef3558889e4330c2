package io.github.gongkai.internal.parsers.word;

import io.github.gongkai.internal.parsers.LimitExceeded;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Follows the fields of a .doc text as it is read, run by run: a field is {@code 0x13} instruction
 * [{@code 0x14} result] {@code 0x15}, fields nest, and a field may span paragraphs (a table of contents,
 * a form field). Only result text outside any instruction is shown, as Word prints it; the result of a
 * {@code TOC} field is left out too, as the DOCX reader leaves out a table of contents. (POI's
 * {@code Range.stripFields} works per string and pairs the first field's begin with the last end mark, which
 * leaves instructions behind when a paragraph holds several fields.) Not thread-safe.
 */
final class DocFields {
    private static final char BEGIN = '\u0013';
    private static final char SEPARATOR = '\u0014';
    private static final char END = '\u0015';
    /** Enough of an instruction to know its field type. */
    private static final int INSTRUCTION_PREFIX = 16;

    private final Deque<Field> open = new ArrayDeque<>();
    private final int maxDepth;
    private int hiddenLevels;

    private static final class Field {
        final StringBuilder instruction = new StringBuilder();
        boolean inResult;
        boolean hidesResult;
    }

    DocFields(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /** The characters of {@code raw} that Word shows, advancing the field state past them. */
    String visible(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            switch (ch) {
                case BEGIN -> begin();
                case SEPARATOR -> separate();
                case END -> end();
                default -> {
                    Field top = open.peek();
                    if (top == null) {
                        out.append(ch);
                    } else if (!top.inResult) {
                        if (top.instruction.length() < INSTRUCTION_PREFIX) {
                            top.instruction.append(ch);
                        }
                    } else if (hiddenLevels == 0) {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Forgets open fields, where a field cannot continue (at a table's edges). */
    void reset() {
        open.clear();
        hiddenLevels = 0;
    }

    private void begin() {
        if (open.size() >= maxDepth) {
            throw new LimitExceeded("fields nested deeper than " + maxDepth + " levels");
        }
        open.push(new Field());
        hiddenLevels++;   // an instruction is hidden until its separator
    }

    private void separate() {
        Field top = open.peek();
        if (top == null || top.inResult) {
            return;
        }
        top.inResult = true;
        top.hidesResult = top.instruction.toString().strip().startsWith("TOC");
        if (!top.hidesResult) {
            hiddenLevels--;
        }
    }

    private void end() {
        Field top = open.poll();
        if (top != null && (!top.inResult || top.hidesResult)) {
            hiddenLevels--;
        }
    }
}
