package io.github.gongkai.parsers.pdf;

import io.github.gongkai.document.Origin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table without inner lines: columns come from the gaps between the pieces of text on each line, taken
 * from the lines with most pieces (the data rows), and every other line is aligned with those columns.
 * A line with text only in label columns belongs to the data row nearest to it, because a label that
 * wraps is centred vertically around its row's numbers.
 */
final class StreamTable {
    private StreamTable() {
    }

    /** Whether these lines look like a table: most of them are cut into three or more pieces. */
    static boolean looksTabular(List<TextLine> lines) {
        int tabular = 0;
        for (TextLine line : lines) {
            if (line.pieces().size() >= 3) {
                tabular++;
            }
        }
        return tabular >= 2 && tabular * 2 >= lines.size();
    }

    /** The table the lines form, between {@code top} and {@code bottom}. */
    static TablePart build(int page, List<TextLine> lines, float top, float bottom) {
        List<List<TextLine>> pieces = new ArrayList<>();
        int most = 0;
        for (TextLine line : lines) {
            List<TextLine> p = line.pieces();
            pieces.add(p);
            most = Math.max(most, p.size());
        }
        float[] edges = edges(pieces, most);
        float left = edges[0];
        float right = edges[edges.length - 1];
        int columns = edges.length - 1;
        boolean[] numeric = numericColumns(pieces, edges);

        // Rows: lines with numbers start rows; lines without numbers join the nearest such line.
        List<List<Integer>> rows = new ArrayList<>();
        int[] rowOf = new int[lines.size()];
        int firstData = -1;
        for (int i = 0; i < lines.size(); i++) {
            boolean data = hasNumber(pieces.get(i), edges, numeric);
            if (data && firstData < 0) {
                firstData = i;
            }
            rowOf[i] = data || firstData < 0 ? -2 : -1;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (rowOf[i] == -2) {
                rowOf[i] = rows.size();
                rows.add(new ArrayList<>(List.of(i)));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (rowOf[i] == -1) {
                int nearest = nearestDataLine(lines, rowOf, i);
                if (nearest < 0) {
                    rowOf[i] = rows.size();
                    rows.add(new ArrayList<>(List.of(i)));
                } else {
                    rowOf[i] = rowOf[nearest];
                    rows.get(rowOf[i]).add(i);
                }
            }
        }
        rows.sort((a, b) -> Float.compare(lines.get(a.get(0)).top, lines.get(b.get(0)).top));

        List<TablePart.Box> boxes = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Integer> members = rows.get(r);
            members.sort(null);
            StringBuilder[] texts = new StringBuilder[columns];
            Origin.Region[] regions = new Origin.Region[columns];
            int[] spans = new int[columns];
            for (int i : members) {
                for (TextLine piece : pieces.get(i)) {
                    int from = column(edges, piece.glyphs.get(0).centerX());
                    int to = column(edges, piece.glyphs.get(piece.glyphs.size() - 1).centerX());
                    int owner = ownerOf(spans, texts, from);
                    int at = owner >= 0 ? owner : from;
                    Origin.Region box = new Origin.Region(page, piece.x, piece.top, piece.right - piece.x,
                            piece.bottom - piece.top);
                    if (texts[at] == null) {
                        texts[at] = new StringBuilder();
                        regions[at] = box;
                    } else {
                        regions[at] = regions[at].union(box);
                    }
                    Characters.join(texts[at], piece.text);
                    spans[at] = Math.max(spans[at], to - at + 1);
                }
            }
            float rowTop = Float.MAX_VALUE;
            float rowBottom = -Float.MAX_VALUE;
            for (int i : members) {
                rowTop = Math.min(rowTop, lines.get(i).top);
                rowBottom = Math.max(rowBottom, lines.get(i).bottom);
            }
            for (int c = 0; c < columns; c++) {
                if (texts[c] != null) {
                    int span = Math.min(spans[c], columns - c);
                    boxes.add(new TablePart.Box(r, c, 1, span, texts[c].toString(), regions[c]));
                    c += span - 1;
                } else {
                    boxes.add(new TablePart.Box(r, c, 1, 1, "", new Origin.Region(page, edges[c], rowTop,
                            edges[c + 1] - edges[c], rowBottom - rowTop)));
                }
            }
        }
        return new TablePart(page, top, bottom, left, right, rows.size(), columns, edges, boxes);
    }

    /** Column edges from the lines with the most pieces: the middle of each gap, and the outer bounds. */
    private static float[] edges(List<List<TextLine>> pieces, int most) {
        float[] gapLeft = new float[most - 1];
        float[] gapRight = new float[most - 1];
        Arrays.fill(gapLeft, -Float.MAX_VALUE);
        Arrays.fill(gapRight, Float.MAX_VALUE);
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (List<TextLine> line : pieces) {
            for (TextLine piece : line) {
                left = Math.min(left, piece.x);
                right = Math.max(right, piece.right);
            }
            if (line.size() != most) {
                continue;
            }
            for (int k = 0; k + 1 < most; k++) {
                gapLeft[k] = Math.max(gapLeft[k], line.get(k).right);
                gapRight[k] = Math.min(gapRight[k], line.get(k + 1).x);
            }
        }
        float[] edges = new float[most + 1];
        edges[0] = left - 1;
        edges[most] = right + 1;
        for (int k = 0; k + 1 < most; k++) {
            edges[k + 1] = (gapLeft[k] + gapRight[k]) / 2;
        }
        return edges;
    }

    private static boolean[] numericColumns(List<List<TextLine>> pieces, float[] edges) {
        int columns = edges.length - 1;
        int[] numbers = new int[columns];
        int[] texts = new int[columns];
        for (List<TextLine> line : pieces) {
            for (TextLine piece : line) {
                int c = column(edges, piece.glyphs.get(0).centerX());
                if (isNumber(piece.text)) {
                    numbers[c]++;
                } else {
                    texts[c]++;
                }
            }
        }
        boolean[] numeric = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            numeric[c] = numbers[c] > texts[c];
        }
        return numeric;
    }

    private static boolean hasNumber(List<TextLine> pieces, float[] edges, boolean[] numeric) {
        for (TextLine piece : pieces) {
            if (numeric[column(edges, piece.glyphs.get(0).centerX())] && isNumber(piece.text)) {
                return true;
            }
        }
        return false;
    }

    /** A count or amount as tables print it, or a mark for "not reported". */
    static boolean isNumber(String text) {
        return text.matches("[-+]?[0-9０-９][0-9０-９,，.．]*|[/／—\\-–－]+|无");
    }

    private static int nearestDataLine(List<TextLine> lines, int[] rowOf, int i) {
        TextLine line = lines.get(i);
        int best = -1;
        float bestDistance = 1.6f * line.size;
        for (int j = 0; j < lines.size(); j++) {
            if (rowOf[j] >= 0) {
                float distance = Math.abs(lines.get(j).baseline() - line.baseline());
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = j;
                }
            }
        }
        return best;
    }

    private static int column(float[] edges, float x) {
        int c = Rulings.slot(edges, x);
        return c < 0 ? (x < edges[0] ? 0 : edges.length - 2) : c;
    }

    /** The column whose cell already covers {@code at} through its span, or -1. */
    private static int ownerOf(int[] spans, StringBuilder[] texts, int at) {
        for (int c = at; c >= 0; c--) {
            if (texts[c] != null) {
                return c + spans[c] > at ? c : -1;
            }
        }
        return -1;
    }
}
