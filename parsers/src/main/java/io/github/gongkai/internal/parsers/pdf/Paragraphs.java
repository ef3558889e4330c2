package io.github.gongkai.internal.parsers.pdf;

import io.github.gongkai.document.Block;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.Paragraph;
import io.github.gongkai.internal.text.OutlineNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins lines into paragraphs. A paragraph starts at a heading (一、 (一) （一）), at a line indented past
 * the left margin, at a change of font size, after a vertical gap clearly larger than the usual line
 * spacing, or after a line that stops short of the right margin; lines centred one under the other (a
 * title) stay together. Lines of one paragraph join without a space between CJK characters; a paragraph
 * continues across a page break, its origin staying on the page where it starts.
 */
final class Paragraphs {
    /** Font sizes within this share of each other are one size; a change of size starts a paragraph. */
    private static final float SAME_SIZE = 0.15f;
    /** Line pitch, in font sizes, beyond which centred lines are two titles rather than one wrapped title. */
    private static final float TITLE_PITCH = 1.8f;
    /** Line pitch, as a multiple of the page's usual pitch, beyond which the space before a line starts a paragraph. */
    private static final float PARAGRAPH_PITCH = 1.4f;

    private final List<Block> sink;
    private final Margins margins;
    private final List<TextLine> current = new ArrayList<>();
    private int firstPage;
    /** Lines of the paragraph being built that lie on its first page. */
    private int onFirstPage;
    private TextLine previous;
    private int previousPage;

    /** Paragraphs are appended to {@code sink} as they are completed. */
    Paragraphs(List<Block> sink, Margins margins) {
        this.sink = sink;
        this.margins = margins;
    }

    /**
     * The document's text column: its usual left edge, right edge and line pitch, taken over all pages so
     * that a page holding little but a table and its heading is measured like the others.
     */
    record Margins(float left, float right, float pitch) {

        static Margins of(List<List<TextLine>> pages) {
            Map<Integer, Integer> lefts = new HashMap<>();
            List<Float> rights = new ArrayList<>();
            List<Float> pitches = new ArrayList<>();
            for (List<TextLine> lines : pages) {
                for (int i = 0; i < lines.size(); i++) {
                    TextLine line = lines.get(i);
                    rights.add(line.right);
                    lefts.merge(Math.round(line.x), 1, Integer::sum);
                    if (i > 0) {
                        float pitch = line.baseline() - lines.get(i - 1).baseline();
                        if (pitch > 0) {
                            pitches.add(pitch);
                        }
                    }
                }
            }
            if (rights.isEmpty()) {
                return new Margins(0, 0, 0);
            }
            int left = lefts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            rights.sort(null);
            pitches.sort(null);
            // The lower quartile: the spacing of lines inside a paragraph, even where most paragraphs
            // are short and gaps between paragraphs are many.
            float pitch = pitches.isEmpty() ? 0 : pitches.get(pitches.size() / 4);
            return new Margins(left, rights.get(rights.size() * 9 / 10), pitch);
        }

        /** Whether a line is centred in the text column, as titles are. */
        boolean centres(TextLine line) {
            float middle = (left + right) / 2;
            return line.x > left + line.size / 4 && Math.abs((line.x + line.right) / 2 - middle) < line.size;
        }
    }

    /** Adds a line; {@code alone} makes it a paragraph of its own (a piece of a column layout). */
    void add(TextLine line, int page, boolean alone) {
        if (previous == null || alone || startsParagraph(line, page)) {
            flush();
        }
        if (current.isEmpty()) {
            firstPage = page;
            onFirstPage = 0;
        }
        current.add(line);
        if (page == firstPage) {
            onFirstPage++;
        }
        previous = line;
        previousPage = page;
        if (alone) {
            flush();
        }
    }

    /** Ends the paragraph being built (at a table, or at the end). */
    void flush() {
        if (!current.isEmpty()) {
            Origin.Region region = null;
            for (TextLine line : current.subList(0, onFirstPage)) {
                Origin.Region box = line.region(firstPage);
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

    /** Whether a text starts with a section or subsection number: 一、 (一) （一）. */
    static boolean isHeading(String text) {
        return OutlineNumber.level(text) <= 2;
    }

    private boolean startsParagraph(TextLine line, int page) {
        if (isHeading(line.text) || Math.abs(line.size - previous.size) > SAME_SIZE * previous.size) {
            return true;
        }
        float pitch = line.baseline() - previous.baseline();
        if (page == previousPage && margins.centres(line) && margins.centres(previous)) {
            return pitch > TITLE_PITCH * line.size; // a title centred over several lines
        }
        if (line.x > margins.left() + line.size || previous.right < margins.right() - 2 * previous.size) {
            return true;
        }
        return page == previousPage && margins.pitch() > 0 && pitch > margins.pitch() * PARAGRAPH_PITCH;
    }
}
