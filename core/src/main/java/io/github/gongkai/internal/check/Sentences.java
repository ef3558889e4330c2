package io.github.gongkai.internal.check;

import io.github.gongkai.document.Origin;
import io.github.gongkai.internal.text.OutlineNumber;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentences of a report's six sections, as the text rules read them: normalised text without spaces
 * (extraction scatters spaces through numbers and words: {@code 28 条}, {@code 其 他}), and the sentence as
 * printed for quoting. Lines are joined before splitting, since text extracted from PDFs breaks lines inside
 * sentences (行政复议 / 351件); a short numbered line without a full stop is a heading and stands alone.
 */
final class Sentences {
    /** Sentences end at 。!?; NFKC has already folded ！？ to !?. */
    private static final Pattern END = Pattern.compile("(?<=[。!?])");
    private static final Pattern HEADING = Pattern.compile("^\\s*(?:[(]?" + OutlineNumber.NUMERAL + "+[)、]|[(]?\\d+[).、])[^。]{0,40}$");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** Titles of other documents (《…关于印发2021年…的通知》) speak of their own years and issuers. */
    private static final Pattern QUOTED_TITLE = Pattern.compile("《[^》]*》");

    /**
     * One sentence.
     *
     * @param section       the section it stands in, 1–6
     * @param compact       the normalised text without spaces
     * @param withoutTitles the compact text with the titles of other documents emptied to {@code 《》}
     * @param quote         the normalised text as printed, trimmed
     * @param origin        where its section starts
     */
    record Sentence(int section, String compact, String withoutTitles, String quote, Origin origin) {
    }

    private Sentences() {
    }

    /** The sentences of every section, in order. */
    static List<Sentence> of(Report report) {
        List<Sentence> sentences = new ArrayList<>();
        for (Section section : report.sections()) {
            StringBuilder paragraph = new StringBuilder();
            for (String line : section.text().split("\n")) {
                if (HEADING.matcher(line).matches()) {
                    split(paragraph.toString(), section, sentences);
                    split(line, section, sentences);
                    paragraph.setLength(0);
                } else {
                    paragraph.append(line.strip());
                }
            }
            split(paragraph.toString(), section, sentences);
        }
        return sentences;
    }

    private static void split(String text, Section section, List<Sentence> sentences) {
        for (String part : END.split(text)) {
            String quote = part.strip();
            if (!quote.isEmpty()) {
                String compact = compact(quote);
                String withoutTitles = compact.indexOf('《') < 0 ? compact
                        : QUOTED_TITLE.matcher(compact).replaceAll("《》");
                sentences.add(new Sentence(section.number(), compact, withoutTitles, quote, section.origin()));
            }
        }
    }

    /** Text without spaces. */
    static String compact(String text) {
        return SPACE.matcher(text).replaceAll("");
    }
}
