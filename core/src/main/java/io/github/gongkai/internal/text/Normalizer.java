package io.github.gongkai.internal.text;

import java.util.Objects;

/**
 * One form for the text of reports, so that labels match and numbers read whatever the source did to
 * them. Mirror copies annotate characters with pinyin and use traditional characters
 * ({@code 石子鎮(zhèn)黨委}), PDFs emit Kangxi radicals and split words with spaces, web pages mix full-width
 * and half-width forms; all of them become {@code 石子镇党委}-style text.
 *
 * <p>The steps, each a no-op on text it does not concern, so that simplified, clean text costs little:
 * <ol>
 *   <li>NFKC and folding: full-width ASCII, ideographic and no-break spaces, Kangxi radicals and
 *       compatibility ideographs; curly quotes to straight; invisible characters dropped; runs of white
 *       space to one space, trimmed. NFKC comes before simplification so that a compatibility ideograph
 *       of a traditional character is simplified too.</li>
 *   <li>Pinyin annotations after a Chinese character removed; real parentheses such as {@code (一)},
 *       {@code (单位:万元)} or {@code 系统(OA)} kept.</li>
 *   <li>Spaces removed between two Chinese characters or punctuation marks, and between one of them and a
 *       digit or bracket.</li>
 *   <li>Traditional characters to simplified (opencc4j), last, so that it sees whole words
 *       ({@code 瞭 然} → {@code 了然}); in traditional text, Taiwan phrasing first read back to the mainland's
 *       words ({@code 規範性檔案} → {@code 规范性文件}).</li>
 * </ol>
 * {@code 、} and {@code 。} stay as they are. Normalising twice gives the same text as normalising once.
 * All methods are thread-safe.
 */
public final class Normalizer {
    private Normalizer() {
    }

    /**
     * The normal form of running text or of a cell's text.
     *
     * @param raw text as a parser read it
     * @return the text folded, without pinyin annotations, spaced as Chinese, in simplified characters
     */
    public static String normalize(String raw) {
        Objects.requireNonNull(raw, "raw");
        String folded = Folding.fold(raw);
        return Simplifier.simplify(Spacing.tighten(Pinyin.strip(folded)));
    }

    /**
     * The form for matching table labels and headings: {@link #normalize(String)} without any white space,
     * so that {@code 商业 企业} and {@code 商业企业} match.
     */
    public static String label(String raw) {
        return asLabel(normalize(raw));
    }

    /**
     * A normalised text as a label: {@link #label(String)} of the raw text it was normalised from.
     *
     * @param normal a text as {@link #normalize(String)} returned it
     */
    public static String asLabel(String normal) {
        return normal.indexOf(' ') < 0 ? normal : normal.replace(" ", "");
    }

    /**
     * The text with each traditional character that has a single simplified one replaced by it, and nothing
     * else: of the same length, so that positions found in it hold in the text as read. Where whole-text
     * normalisation is too early (a parser still cutting a page into lines and cells), this lets the
     * template's simplified words be found in traditional text.
     */
    public static String simplifiedCharacters(String raw) {
        return Simplifier.simplifyCharacters(Objects.requireNonNull(raw, "raw"));
    }

    /**
     * The text without the pinyin annotations a conversion site put after its characters ({@code 鎮(zhèn)},
     * {@code 政（zheng）（zheng）}), and otherwise as read.
     */
    public static String withoutPinyin(String raw) {
        return Pinyin.strip(Objects.requireNonNull(raw, "raw"));
    }

    /**
     * Whether the text carries pinyin annotations that {@link #normalize(String)} removes – the mark of a
     * copy on a conversion or mirror site.
     */
    public static boolean hasPinyinAnnotations(String raw) {
        Objects.requireNonNull(raw, "raw");
        String folded = Folding.fold(raw);
        return Pinyin.strip(folded) != folded;
    }
}
