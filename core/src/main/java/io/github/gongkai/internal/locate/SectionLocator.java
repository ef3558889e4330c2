package io.github.gongkai.internal.locate;

import io.github.gongkai.internal.template.Labels;
import io.github.gongkai.internal.template.SectionTemplate;
import io.github.gongkai.internal.text.OutlineNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the six numbered top-level sections (一、 … 六、) and the numbered subsections ((一) …) of a section.
 * Sections are taken in order; a heading whose title reads as the template's wins over one that merely has
 * the right number, so that enumerations such as {@code 一、加强组织领导} inside a section are not taken for
 * sections. {@code 一是…} items are never headings.
 */
public final class SectionLocator {
    private static final Pattern SECTION = Pattern.compile("^([一二三四五六])\\s*[、.,:]\\s*(.*)$");
    private static final Pattern SUBSECTION = Pattern.compile("^\\((" + OutlineNumber.NUMERAL + "{1,2})\\)\\s*(.*)$");
    private static final String NUMERALS = "一二三四五六七八九十";
    private static final Pattern ARABIC_SECTION = Pattern.compile("^([1-6])\\s*[、.]\\s*(.*)$");
    /** How close a line without a Chinese number must be to a section's template title to head it. */
    private static final double TITLE_ALONE = 0.85;
    /** A year opening a subsection's text: {@code 2023年}. */
    private static final Pattern YEAR_OPENING = Pattern.compile("(?<![0-9])(19|20)[0-9]{2}年");
    /** Longest text taken as a whole for a heading's title. */
    private static final int SHORT_TITLE = 30;

    private SectionLocator() {
    }

    /**
     * The section headings found, in order of number, each at most once. A section whose number no heading
     * carries may be headed by its template title alone, or numbered {@code 2.} instead of {@code 二、}, as
     * where automatic numbering was lost on the way to text.
     */
    public static List<Heading> sections(List<Line> lines) {
        List<Heading> candidates = new ArrayList<>();
        List<Heading> unnumbered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            Matcher matcher = SECTION.matcher(text);
            if (matcher.matches()) {
                candidates.add(heading(NUMERALS.indexOf(matcher.group(1)) + 1, matcher.group(2), i));
            } else {
                titleAlone(text, i).ifPresent(unnumbered::add);
            }
        }
        List<Heading> found = new ArrayList<>();
        int after = -1;
        for (int number = 1; number <= 6; number++) {
            Heading chosen = choose(candidates, number, after);
            if (chosen == null && !hasNumber(candidates, number)) {
                chosen = choose(unnumbered, number, after);
            }
            if (chosen != null) {
                found.add(chosen);
                after = chosen.line();
            }
        }
        return found;
    }

    /**
     * A line that is a section's template title, bare or after its Arabic number ({@code 3.收到和处理…}); not
     * after another outline number, since a subsection of 一 may repeat a section's title
     * ({@code (二)主动公开政府信息情况}).
     */
    private static Optional<Heading> titleAlone(String text, int line) {
        Matcher numbered = ARABIC_SECTION.matcher(text);
        boolean isNumbered = numbered.matches();
        int number = isNumbered ? Integer.parseInt(numbered.group(1)) : 0;
        String title = isNumbered ? numbered.group(2) : text;
        if (title.length() > SHORT_TITLE || !Labels.numbering(title).isEmpty()) {
            return Optional.empty();
        }
        for (int n = 1; n <= 6; n++) {
            if ((number == 0 || number == n) && Labels.similarity(title, SectionTemplate.title(n)) >= TITLE_ALONE) {
                return Optional.of(new Heading(n, title, "", line));
            }
        }
        return Optional.empty();
    }

    private static boolean hasNumber(List<Heading> candidates, int number) {
        return candidates.stream().anyMatch(candidate -> candidate.number() == number);
    }

    private static Heading choose(List<Heading> candidates, int number, int after) {
        int nextTitled = Integer.MAX_VALUE;
        for (Heading candidate : candidates) {
            if (candidate.line() > after && candidate.number() > number
                    && SectionTemplate.titleMatches(candidate.number(), candidate.title())) {
                nextTitled = Math.min(nextTitled, candidate.line());
            }
        }
        Heading untitled = null;
        for (Heading candidate : candidates) {
            if (candidate.line() <= after || candidate.number() != number) {
                continue;
            }
            if (SectionTemplate.titleMatches(number, candidate.title())) {
                return candidate;
            }
            if (untitled == null && candidate.line() < nextTitled && candidate.rest().isEmpty()) {
                untitled = candidate;
            }
        }
        return untitled;
    }

    private static Heading heading(int number, String remainder, int line) {
        if (remainder.length() <= SHORT_TITLE && remainder.indexOf('。') < 0) {
            return new Heading(number, remainder, "", line);
        }
        int end = SectionTemplate.titleEnd(number, remainder);
        if (end <= 0) {
            return new Heading(number, remainder, "", line);
        }
        return new Heading(number, remainder.substring(0, end), trimLeadingPunctuation(remainder.substring(end)), line);
    }

    /**
     * The numbered subsections among lines {@code from} (inclusive) to {@code to} (exclusive), numbered
     * consecutively from (一).
     */
    public static List<Heading> subsections(List<Line> lines, int from, int to) {
        List<Heading> found = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Matcher matcher = SUBSECTION.matcher(lines.get(i).text());
            if (!matcher.matches()) {
                continue;
            }
            int number = chineseNumber(matcher.group(1));
            if (number == found.size() + 1) {
                found.add(subsectionHeading(number, matcher.group(2), i));
            }
        }
        return found;
    }

    private static Heading subsectionHeading(int number, String remainder, int line) {
        if (remainder.length() <= SHORT_TITLE && remainder.indexOf('。') < 0) {
            return new Heading(number, remainder, "", line);
        }
        // A subsection title that runs into its text ends at the first sentence mark, if it is short, or where
        // the text opens with its year: (一)主动公开2023年,我县… .
        Matcher year = YEAR_OPENING.matcher(remainder);
        int yearAt = year.find() && year.start() > 0 ? year.start() : Integer.MAX_VALUE;
        for (int i = 0; i < Math.min(remainder.length(), SHORT_TITLE); i++) {
            if (i == yearAt) {
                return new Heading(number, remainder.substring(0, i), remainder.substring(i), line);
            }
            if ("。,:;".indexOf(remainder.charAt(i)) >= 0) {
                return new Heading(number, remainder.substring(0, i), trimLeadingPunctuation(remainder.substring(i)), line);
            }
        }
        return new Heading(number, "", remainder, line);
    }

    private static int chineseNumber(String numeral) {
        if (numeral.length() == 1) {
            return NUMERALS.indexOf(numeral) + 1;
        }
        // 十一 … 十九
        return numeral.charAt(0) == '十' ? 10 + NUMERALS.indexOf(numeral.charAt(1)) + 1 : -1;
    }

    private static String trimLeadingPunctuation(String text) {
        int i = 0;
        while (i < text.length() && "。,:; ".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return text.substring(i);
    }
}
