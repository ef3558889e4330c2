import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Rewrites a PDF made by LibreOffice the way other producers write text, for the fixtures of
 * make_fixtures.py: {@code java -cp <pdfbox jars> ProducerQuirks.java QUIRK in.pdf out.pdf}. Quirks:
 * <ul>
 *   <li>{@code fake-bold}: headings (一、…) and table lines holding 总计 drawn again 0.3 pt aside (twice for
 *       headings, four times for the 总计 lines), as WPS and Word fake bold for fonts without a bold face;</li>
 *   <li>{@code glyph-by-glyph}: every character its own text object at an absolute position, no spaces,
 *       in shuffled order, as print drivers and CMS converters write;</li>
 *   <li>{@code rotated}: landscape pages written as portrait pages with {@code /Rotate 90};</li>
 *   <li>{@code offset-box}: media and crop box with a non-zero origin;</li>
 *   <li>{@code kangxi}: the fonts' ToUnicode maps send common ideographs to Kangxi radicals (⼀ U+2F00);</li>
 *   <li>{@code hidden-text}: a table line and a paragraph drawn again in white, outside the page and clipped
 *       away, which a viewer never shows.</li>
 * </ul>
 */
public class ProducerQuirks {
    /** Ideographs whose ToUnicode entry the kangxi quirk sends to the Kangxi radical of the same shape. */
    private static final Map<Character, Character> KANGXI = Map.ofEntries(
            Map.entry('一', '⼀'), Map.entry('二', '⼆'), Map.entry('人', '⼈'), Map.entry('十', '⼗'),
            Map.entry('工', '⼯'), Map.entry('月', '⽉'), Map.entry('日', '⽇'), Map.entry('行', '⾏'),
            Map.entry('方', '⽅'), Map.entry('文', '⽂'), Map.entry('用', '⽤'), Map.entry('生', '⽣'),
            Map.entry('力', '⼒'));

    /** One glyph as shown: its font, code bytes and text rendering matrix. */
    record Shown(PDFont font, int[] codes, Matrix matrix, String text) {
        float x() {
            return matrix.getTranslateX();
        }

        float y() {
            return matrix.getTranslateY();
        }
    }

    public static void main(String[] args) throws IOException {
        String quirk = args[0];
        try (PDDocument pdf = Loader.loadPDF(new File(args[1]))) {
            int number = 0;
            for (PDPage page : pdf.getPages()) {
                number++;
                switch (quirk) {
                    case "fake-bold", "glyph-by-glyph", "hidden-text" -> redraw(pdf, page, number, quirk);
                    case "rotated" -> rotate(pdf, page);
                    case "offset-box" -> offset(pdf, page, 36, 48);
                    case "kangxi" -> { } // fonts are shared by pages: their maps are rewritten once below
                    default -> throw new IllegalArgumentException(quirk);
                }
            }
            if (quirk.equals("kangxi")) {
                kangxi(pdf);
            }
            pdf.getDocumentInformation().setProducer("ProducerQuirks " + quirk);
            pdf.save(new File(args[2]));
        }
    }

    /** The glyphs of a page in content order. */
    static List<Shown> glyphs(PDDocument pdf, int number) throws IOException {
        List<Shown> shown = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (!text.getUnicode().isBlank()) {
                    shown.add(new Shown(text.getFont(), text.getCharacterCodes(), text.getTextMatrix(),
                            text.getUnicode()));
                }
            }
        };
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        stripper.getText(pdf);
        return shown;
    }

    /** The page's content without its text objects, then its glyphs written again as the quirk wants. */
    static void redraw(PDDocument pdf, PDPage page, int number, String quirk) throws IOException {
        List<Shown> glyphs = glyphs(pdf, number);
        List<Object> tokens = new PDFStreamParser(page).parse();
        List<Object> kept = new ArrayList<>();
        boolean inText = false;
        for (Object token : tokens) {
            if (token instanceof Operator op && op.getName().equals("BT")) {
                inText = true;
            }
            if (!inText) {
                kept.add(token);
            }
            if (token instanceof Operator op && op.getName().equals("ET")) {
                inText = false;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "q\n");
        new ContentStreamWriter(out).writeTokens(kept);
        write(out, "\nQ\n0 g\n");
        Map<PDFont, String> names = fontNames(page.getResources());
        switch (quirk) {
            case "fake-bold" -> fakeBold(out, names, glyphs);
            case "glyph-by-glyph" -> {
                Collections.shuffle(glyphs, new Random(number));
                for (Shown g : glyphs) {
                    show(out, names, g, 0, 0);
                }
            }
            default -> hidden(out, names, glyphs, page.getCropBox());
        }
        setContents(pdf, page, out.toByteArray());
    }

    /** Lines (glyphs on one baseline) that are headings are drawn twice, lines holding 总计 four times. */
    static void fakeBold(OutputStream out, Map<PDFont, String> names, List<Shown> glyphs) throws IOException {
        for (List<Shown> line : lines(glyphs).values()) {
            String text = text(line);
            float[][] offsets = text.contains("总计") ? new float[][] {{0, 0}, {0.3f, 0}, {0, 0.3f}, {0.3f, 0.3f}}
                    : isHeading(text) ? new float[][] {{0, 0}, {0.4f, 0}}
                    : new float[][] {{0, 0}};
            for (float[] offset : offsets) {
                for (Shown g : line) {
                    show(out, names, g, offset[0], offset[1]);
                }
            }
        }
    }

    /**
     * Every glyph once; then each heading and the table line holding 总计 again: in white at the foot of the
     * page, beside the page, and just above the white copy inside a clipping rectangle of no size.
     */
    static void hidden(OutputStream out, Map<PDFont, String> names, List<Shown> glyphs, PDRectangle box)
            throws IOException {
        for (Shown g : glyphs) {
            show(out, names, g, 0, 0);
        }
        for (List<Shown> line : lines(glyphs).values()) {
            String text = text(line);
            if (!text.contains("总计") && !isHeading(text)) {
                continue;
            }
            float lift = box.getLowerLeftY() + 20 - line.get(0).y();
            write(out, "1 1 1 rg\n");
            for (Shown g : line) {
                show(out, names, g, 0, lift);
            }
            write(out, "0 g\n");
            for (Shown g : line) {
                show(out, names, g, -box.getWidth() - 50, 0);
            }
            write(out, "q " + box.getLowerLeftX() + " " + box.getLowerLeftY() + " 0 0 re W n\n");
            for (Shown g : line) {
                show(out, names, g, 0, lift + 14);
            }
            write(out, "Q\n");
        }
    }

    /** The text a line's glyphs spell. */
    static String text(List<Shown> line) {
        return line.stream().map(Shown::text).reduce("", String::concat);
    }

    /** Whether a line's text is a section heading (一、 to 八、). */
    static boolean isHeading(String text) {
        return text.matches("^[一二三四五六七八]、.*");
    }

    /** Glyphs grouped by baseline, top to bottom, each line left to right. */
    static Map<Integer, List<Shown>> lines(List<Shown> glyphs) {
        Map<Integer, List<Shown>> lines = new TreeMap<>(Collections.reverseOrder());
        for (Shown g : glyphs) {
            lines.computeIfAbsent(Math.round(g.y()), y -> new ArrayList<>()).add(g);
        }
        lines.values().forEach(line -> line.sort((a, b) -> Float.compare(a.x(), b.x())));
        return lines;
    }

    static void show(OutputStream out, Map<PDFont, String> names, Shown g, float dx, float dy) throws IOException {
        Matrix m = g.matrix();
        StringBuilder hex = new StringBuilder();
        int bytes = g.font().getCOSObject().getCOSName(COSName.SUBTYPE).equals(COSName.TYPE0) ? 2 : 1;
        for (int code : g.codes()) {
            hex.append(String.format(bytes == 2 ? "%04X" : "%02X", code));
        }
        write(out, String.format("BT /%s 1 Tf %.4f %.4f %.4f %.4f %.3f %.3f Tm <%s> Tj ET\n", names.get(g.font()),
                m.getValue(0, 0), m.getValue(0, 1), m.getValue(1, 0), m.getValue(1, 1),
                m.getTranslateX() + dx, m.getTranslateY() + dy, hex));
    }

    static Map<PDFont, String> fontNames(PDResources resources) throws IOException {
        Map<PDFont, String> names = new LinkedHashMap<>();
        for (COSName name : resources.getFontNames()) {
            names.put(resources.getFont(name), name.getName());
        }
        return names;
    }

    /** A landscape page as a portrait page turned by /Rotate 90, its content drawn turned back. */
    static void rotate(PDDocument pdf, PDPage page) throws IOException {
        PDRectangle box = page.getMediaBox();
        if (box.getWidth() <= box.getHeight()) {
            return;
        }
        float w = box.getWidth();
        float h = box.getHeight();
        wrap(pdf, page, "q 0 1 -1 0 " + h + " 0 cm\n");
        page.setMediaBox(new PDRectangle(h, w));
        page.getCOSObject().removeItem(COSName.CROP_BOX);
        page.setRotation(90);
    }

    /** The page's boxes moved away from the origin, its content moved with them. */
    static void offset(PDDocument pdf, PDPage page, float dx, float dy) throws IOException {
        PDRectangle box = page.getMediaBox();
        wrap(pdf, page, "q 1 0 0 1 " + dx + " " + dy + " cm\n");
        PDRectangle moved = new PDRectangle(box.getLowerLeftX() + dx, box.getLowerLeftY() + dy, box.getWidth(),
                box.getHeight());
        page.setMediaBox(moved);
        page.setCropBox(moved);
    }

    static void wrap(PDDocument pdf, PDPage page, String before) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, before);
        try (var in = page.getContents()) {
            in.transferTo(out);
        }
        write(out, "\nQ\n");
        setContents(pdf, page, out.toByteArray());
    }

    /** Replaces the page's content streams with one compressed stream of these bytes. */
    static void setContents(PDDocument pdf, PDPage page, byte[] content) throws IOException {
        PDStream stream = new PDStream(pdf);
        try (OutputStream target = stream.createOutputStream(COSName.FLATE_DECODE)) {
            target.write(content);
        }
        page.setContents(stream);
    }

    /** Rewrites every ToUnicode map so that the listed ideographs read as Kangxi radicals. */
    static void kangxi(PDDocument pdf) throws IOException {
        java.util.Set<COSStream> done = new java.util.HashSet<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                COSDictionary font = page.getResources().getFont(name).getCOSObject();
                if (font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream cmap && done.add(cmap)) {
                    radicals(cmap);
                }
            }
        }
    }

    /** One ToUnicode map with the listed ideographs sent to their radicals. */
    static void radicals(COSStream cmap) throws IOException {
        String text;
        try (var in = cmap.createInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        for (Map.Entry<Character, Character> e : KANGXI.entrySet()) {
            text = text.replaceAll("(?i)(<[0-9A-F]+>\\s*)<" + String.format("%04X", (int) e.getKey()) + ">",
                    "$1<" + String.format("%04X", (int) e.getValue()) + ">");
        }
        try (OutputStream out = cmap.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
    }
}
