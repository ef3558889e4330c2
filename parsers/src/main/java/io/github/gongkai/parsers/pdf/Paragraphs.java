package io.github.gongkai.parsers.pdf;

import io.github.gongkai.document.Block;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.Paragraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Joins lines into paragraphs. A paragraph starts at a heading (一、 (一) （一）), at a line indented past
 * the page's left margin, at a change of font size, after a vertical gap clearly larger than the page's
 * usual line spacing, or after a line that stops short of the right margin. Lines of one paragraph join without a space
 * between CJK characters; a paragraph continues across a page break.
 */
final class Paragraphs {
    private static final Pattern HEADING = Pattern.compile(
            "^\\s*([一二三四五六七八九十]+\\s*、|[(（]\\s*[一二三四五六七八九十]+\\s*[)）])");

    private final List<Block> sink;
    private final List<TextLine> current = new ArrayList<>();
    private int firstPage;
    private TextLine previous;
    private int previousPage;
    private Margins previousMargins;

    /** Paragraphs are appended to {@code sink} as they are completed. */
    Paragraphs(List<Block> sink) {
        this.sink = sink;
    }

    /** A page's text column: its usual left edge, right edge and line pitch. */
    record Margins(float left, float right, float pitch) {

        static Margins of(List<TextLine> lines) {
            if (lines.isEmpty()) {
                return new Margins(0, 0, 0);
            }
            float right = 0;
            Map<Integer, Integer> lefts = new HashMap<>();
            List<Float> pitches = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                TextLine line = lines.get(i);
                right = Math.max(right, line.right);
                lefts.merge(Math.round(line.x), 1, Integer::sum);
                if (i > 0) {
                    float pitch = line.baseline() - lines.get(i - 1).baseline();
                    if (pitch > 0) {
                        pitches.add(pitch);
                    }
                }
            }
            int left = lefts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            pitches.sort(null);
            // The lower quartile: the spacing of lines inside a paragraph, even where most paragraphs
            // are short and gaps between paragraphs are many.
            float pitch = pitches.isEmpty() ? 0 : pitches.get(pitches.size() / 4);
            return new Margins(left, right, pitch);
        }
    }

    /** Adds a line; {@code alone} makes it a paragraph of its own (a piece of a column layout). */
    void add(TextLine line, int page, Margins margins, boolean alone) {
        if (previous == null || alone || startsParagraph(line, page, margins)) {
            flush();
        }
        if (current.isEmpty()) {
            firstPage = page;
        }
        current.add(line);
        previous = line;
        previousPage = page;
        previousMargins = margins;
        if (alone) {
            flush();
        }
    }

    /** Ends the paragraph being built (at a table, or at the end). */
    void flush() {
        if (!current.isEmpty()) {
            Origin.Region region = null;
            for (TextLine line : current) {
                if (line.top < current.get(0).top) {
                    break; // the rest is on the next page; the origin stays on the first
                }
                Origin.Region box = new Origin.Region(firstPage, line.x, line.top, line.right - line.x,
                        line.bottom - line.top);
                region = region == null ? box : region.union(box);
            }
            String text = TextLine.join(current).strip();
            if (!text.isEmpty()) {
                sink.add(new Paragraph(text, region));
            }
            current.clear();
        }
        previous = null;
    }

    private boolean startsParagraph(TextLine line, int page, Margins margins) {
        if (HEADING.matcher(line.text).find()) {
            return true;
        }
        if (line.x > margins.left() + line.size || Math.abs(line.size - previous.size) > 0.15f * previous.size) {
            return true;
        }
        if (previous.right < previousMargins.right() - 2 * previous.size) {
            return true;
        }
        float pitch = line.baseline() - previous.baseline();
        return page == previousPage && margins.pitch() > 0 && pitch > margins.pitch() * 1.4f;
    }
}
