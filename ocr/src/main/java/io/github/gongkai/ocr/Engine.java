package io.github.gongkai.ocr;

import static org.bytedeco.tesseract.global.tesseract.PSM_AUTO;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_BLOCK;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_CHAR;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_LINE;
import static org.bytedeco.tesseract.global.tesseract.RIL_SYMBOL;
import static org.bytedeco.tesseract.global.tesseract.RIL_TEXTLINE;

import io.github.gongkai.spi.RecognizedPage.Box;
import io.github.gongkai.spi.RecognizedPage.Recognized;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.tesseract.ChoiceIterator;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.TessBaseAPI;

/**
 * One thread's Tesseract engines: the Chinese model for labels and running text, and the English model set to
 * read digits only, for numeric cells. Tesseract's engines are not thread-safe; each thread has its own.
 */
final class Engine implements CellEngine, AutoCloseable {
    /** A character read with less confidence than this (in percent) offers its alternatives. */
    private static final float UNSURE = 90;
    /** At most this many readings are offered for one cell. */
    private static final int MAX_ALTERNATIVES = 8;
    /** Paper, in pixels, around a cell read again on its own: the engine misreads marks touching the edge. */
    private static final int MARGIN = 10;
    /** White margin, in points, around a label cell read again as an image of its own. */
    private static final float LABEL_MARGIN = 7;
    /**
     * How an unsure cell is read again: its ink threshold as a share of the cell's own (Otsu's) threshold, and
     * how many times enlarged. Thinner strokes part digits that touch; thicker ones join broken strokes; small
     * print read larger loses fewer details.
     */
    private static final List<Reread> REREAD = List.of(new Reread(1, 2), new Reread(0.7, 1), new Reread(1.3, 1));

    /** One way of reading a cell again: threshold as a share of the cell's own, and enlargement. */
    private record Reread(double ink, int scale) {
    }

    private final TessBaseAPI chinese = new TessBaseAPI();
    private final TessBaseAPI digits;
    /** The digits-only model again, for a cell's pixels read on their own under other settings. */
    private final TessBaseAPI again;
    private PageImage page;
    private float scale;

    Engine(Path tessdata) throws IOException {
        init(chinese, tessdata, Tessdata.CHINESE);
        if (Tessdata.hasLatin(tessdata)) {
            digits = new TessBaseAPI();
            init(digits, tessdata, Tessdata.LATIN);
            digits.SetVariable("tessedit_char_whitelist", "0123456789.,-");
            digits.SetVariable("lstm_choice_mode", "2");
            again = new TessBaseAPI();
            init(again, tessdata, Tessdata.LATIN);
            again.SetVariable("tessedit_char_whitelist", "0123456789.,-");
        } else {
            digits = null;
            again = null;
        }
    }

    private static void init(TessBaseAPI api, Path tessdata, String language) throws IOException {
        if (api.Init(tessdata.toString(), language) != 0) {
            throw new IOException("Tesseract could not load the model " + language + " from " + tessdata);
        }
        // Numbers and labels are read as printed; a dictionary would only push them towards words.
        api.SetVariable("load_system_dawg", "0");
        api.SetVariable("load_freq_dawg", "0");
        api.SetVariable("debug_file", "/dev/null");
    }

    /** Hands the straightened page to both engines. */
    @Override
    public void image(PageImage page, float pixelsPerPoint) {
        this.page = page;
        this.scale = pixelsPerPoint;
        int dpi = Math.round(pixelsPerPoint * 72);
        chinese.SetImage(page.grey, page.width, page.height, 1, page.width);
        chinese.SetSourceResolution(dpi);
        if (digits != null) {
            digits.SetImage(page.grey, page.width, page.height, 1, page.width);
            digits.SetSourceResolution(dpi);
        }
    }

    /**
     * Reads a box as one cell: in Chinese, and again digits-only where the Chinese reading is a number, or
     * too short or unsure to tell (the Chinese model reads a lone digit as a look-alike character); the
     * digits-only reading is taken where the Chinese one is a number or less sure. The other readings are
     * offered too: the one not taken and the symbols the digits-only reading considered; and where the number
     * is unsure, or the Chinese reading of a short cell is taken, the cell read again on its own
     * ({@link #reread}).
     */
    @Override
    public Recognized cell(Box box) {
        rectangle(chinese, box);
        String text = Numeric.oneLine(read(chinese, PSM_SINGLE_BLOCK, PSM_SINGLE_LINE));
        float confidence = chinese.MeanTextConf() / 100f;
        if (text.isEmpty()) {
            Recognized alone = alone(box);
            text = alone.text();
            confidence = alone.confidence();
        }
        boolean numeric = Numeric.looksNumeric(text);
        if (digits == null || !numeric && text.codePointCount(0, text.length()) > 2 && confidence >= UNSURE / 100) {
            return new Recognized(text, box, confidence, List.of());
        }
        rectangle(digits, box);
        String raw = read(digits, PSM_SINGLE_LINE, PSM_SINGLE_CHAR);
        String number = Numeric.digits(raw);
        float sure = digits.MeanTextConf() / 100f;
        Set<String> others = new LinkedHashSet<>();
        if (!number.isEmpty()) {
            others.add(number);
            others.addAll(choices(number));
        }
        // The digits-only model may stop at a thousands separator (6,090 read as "6,") or read no digit where
        // the Chinese model read the whole number; where that one did not either, the cell is read again.
        String spelled = Numeric.spelled(text);
        boolean stopped = Numeric.endsInSeparator(raw);
        if (!spelled.isEmpty() && Numeric.stoppedShort(raw, spelled)) {
            number = spelled;
            sure = confidence;
            stopped = false;
        }
        boolean chineseWins = number.isEmpty() || !numeric && sure <= confidence;
        if (stopped || (chineseWins ? text.codePointCount(0, text.length()) <= 2 : sure < UNSURE / 100)) {
            // A short cell read as characters may be a lone digit misread; an unsure number may be misread.
            if (numeric && !spelled.isEmpty()) {
                others.add(spelled);
            }
            Map<String, Float> again = reread(box);
            others.addAll(again.keySet());
            for (Map.Entry<String, Float> reading : again.entrySet()) {
                if (stopped && !chineseWins && Numeric.stoppedShort(raw, reading.getKey())) {
                    number = reading.getKey();
                    sure = reading.getValue();
                    stopped = false;
                    break;
                }
            }
            if (stopped && !chineseWins) {
                // The digits after the separator are not read: the cell says so rather than pass for a number.
                number = raw.replaceAll("\\s+", "");
            }
        }
        for (String reading : List.copyOf(others)) {
            others.addAll(Numeric.separatorReadings(reading));
        }
        String read = chineseWins ? text : number;
        // The read number's own other separators first: the likeliest misreading of a grouped number.
        Set<String> alternatives = new LinkedHashSet<>(Numeric.separatorReadings(read));
        alternatives.addAll(others);
        alternatives.remove(read);
        alternatives.remove("");
        return new Recognized(read, box, chineseWins ? confidence : sure,
                alternatives.stream().limit(MAX_ALTERNATIVES).toList());
    }

    /**
     * Reads a cell in Chinese as an image of its own, within a white margin: where writing fills a cell to
     * its edges, the engine's layout analysis finds no line in the cell's rectangle of the page and reads
     * nothing, though the cell is not blank. The page is handed back to the engine afterwards.
     */
    private Recognized alone(Box box) {
        PageImage cell = cellImage(box).padded(Math.round(LABEL_MARGIN * scale));
        chinese.SetImage(cell.grey, cell.width, cell.height, 1, cell.width);
        chinese.SetSourceResolution(Math.round(scale * 72));
        chinese.SetPageSegMode(PSM_SINGLE_BLOCK);
        Recognized read = new Recognized(Numeric.oneLine(text(chinese)), box, chinese.MeanTextConf() / 100f,
                List.of());
        chinese.SetImage(page.grey, page.width, page.height, 1, page.width);
        chinese.SetSourceResolution(Math.round(scale * 72));
        return read;
    }

    /** The pixels of a cell's box. */
    private PageImage cellImage(Box box) {
        return page.region(Math.round(box.x() * scale), Math.round(box.y() * scale),
                Math.round(box.width() * scale), Math.round(box.height() * scale));
    }

    /**
     * The cell's pixels read again on their own under each of the {@link #REREAD} settings: the readings
     * obtained and their confidence, most confident first.
     */
    private Map<String, Float> reread(Box box) {
        PageImage cell = cellImage(box);
        int threshold = cell.threshold();
        Map<String, Float> readings = new HashMap<>();
        for (Reread setting : REREAD) {
            PageImage image = cell.binarised((int) Math.min(254, Math.round(threshold * setting.ink())),
                    setting.scale(), MARGIN);
            again.SetImage(image.grey, image.width, image.height, 1, image.width);
            again.SetSourceResolution(Math.round(scale * 72 * setting.scale()));
            String number = Numeric.digits(read(again, PSM_SINGLE_LINE, PSM_SINGLE_CHAR));
            readings.merge(number, again.MeanTextConf() / 100f, Math::max);
        }
        Map<String, Float> sorted = new LinkedHashMap<>();
        readings.entrySet().stream().sorted(Map.Entry.<String, Float>comparingByValue().reversed())
                .forEach(reading -> sorted.put(reading.getKey(), reading.getValue()));
        return sorted;
    }

    /**
     * Other readings of the digits-only result: for each character the engine was unsure of, each other
     * symbol it considered at that place (never a digit it did not see).
     */
    private List<String> choices(String number) {
        List<List<String>> choices = new ArrayList<>();
        ResultIterator it = digits.GetIterator();
        if (it == null) {
            return List.of();
        }
        try {
            do {
                List<String> here = new ArrayList<>();
                BytePointer symbol = it.GetUTF8Text(RIL_SYMBOL);
                if (symbol == null) {
                    continue;
                }
                here.add(symbol.getString(StandardCharsets.UTF_8));
                symbol.deallocate();
                if (it.Confidence(RIL_SYMBOL) < UNSURE) {
                    ChoiceIterator choice = new ChoiceIterator(it);
                    do {
                        BytePointer c = choice.GetUTF8Text();
                        if (c != null) {
                            String s = c.getString(StandardCharsets.UTF_8);
                            if (!here.contains(s) && s.chars().allMatch(Character::isDigit)) {
                                here.add(s);
                            }
                        }
                    } while (choice.Next());
                    choice.deallocate();
                }
                choices.add(here);
            } while (it.Next(RIL_SYMBOL));
        } finally {
            it.deallocate();
        }
        return Numeric.readings(number, choices, MAX_ALTERNATIVES);
    }

    /**
     * Reads the running text of the page, tables whited out, line by line; on its own scale, since the cells
     * may have been handed to another engine.
     */
    List<Recognized> lines(PageImage page, float pixelsPerPoint) {
        chinese.SetImage(page.grey, page.width, page.height, 1, page.width);
        chinese.SetSourceResolution(Math.round(pixelsPerPoint * 72));
        chinese.SetPageSegMode(PSM_AUTO);
        List<Recognized> out = new ArrayList<>();
        if (chinese.Recognize(null) != 0) {
            return out;
        }
        ResultIterator it = chinese.GetIterator();
        if (it == null) {
            return out;
        }
        int[] left = new int[1];
        int[] top = new int[1];
        int[] right = new int[1];
        int[] bottom = new int[1];
        try {
            do {
                BytePointer line = it.GetUTF8Text(RIL_TEXTLINE);
                if (line == null) {
                    continue;
                }
                String text = line.getString(StandardCharsets.UTF_8).strip();
                line.deallocate();
                if (text.isEmpty() || !it.BoundingBox(RIL_TEXTLINE, left, top, right, bottom)) {
                    continue;
                }
                Box box = new Box(left[0] / pixelsPerPoint, top[0] / pixelsPerPoint,
                        (right[0] - left[0]) / pixelsPerPoint, (bottom[0] - top[0]) / pixelsPerPoint);
                out.add(new Recognized(text, box, it.Confidence(RIL_TEXTLINE) / 100f, List.of()));
            } while (it.Next(RIL_TEXTLINE));
        } finally {
            it.deallocate();
        }
        return out;
    }

    private void rectangle(TessBaseAPI api, Box box) {
        int x = Math.max(0, Math.round(box.x() * scale));
        int y = Math.max(0, Math.round(box.y() * scale));
        api.SetRectangle(x, y, Math.min(page.width - x, Math.round(box.width() * scale)),
                Math.round(box.height() * scale));
    }

    /**
     * The text of the rectangle set, read as one block or line; where the engine's layout analysis finds
     * nothing in it (a short or lone mark), read again in the second mode.
     */
    private static String read(TessBaseAPI api, int mode, int retry) {
        api.SetPageSegMode(mode);
        String text = text(api);
        if (text.isBlank()) {
            api.SetPageSegMode(retry);
            text = text(api);
        }
        return text;
    }

    private static String text(TessBaseAPI api) {
        BytePointer text = api.GetUTF8Text();
        if (text == null) {
            return "";
        }
        try {
            return text.getString(StandardCharsets.UTF_8);
        } finally {
            text.deallocate();
        }
    }

    @Override
    public void close() {
        chinese.End();
        chinese.close();
        if (digits != null) {
            digits.End();
            digits.close();
            again.End();
            again.close();
        }
    }
}
