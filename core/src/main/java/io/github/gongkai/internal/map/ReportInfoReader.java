package io.github.gongkai.internal.map;

import io.github.gongkai.document.Metadata;
import io.github.gongkai.internal.locate.Line;
import io.github.gongkai.internal.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a report's title, issuing body and year from its text. */
final class ReportInfoReader {
    private static final Pattern TITLE_WORDS = Pattern.compile("(年度报告|工作报告|情况的报告|年报)");
    /** Marks of a line that only mentions a report: a breadcrumb (首页 > 年度报告), a sentence, a quoted title. */
    private static final Pattern NOT_A_TITLE = Pattern.compile("[>›»。《]");
    /** A notice that publishes the report ({@code 青石县人民政府办公室关于印发…年度报告的通知}): issuer and report. */
    private static final Pattern WRAPPER = Pattern.compile("(.*?)关于(?:印发|公布|发布)(.+?)的通知");
    /** The year alone on the line below a title: {@code (2023年)}, {@code 2023年度}. */
    private static final Pattern YEAR_LINE = Pattern.compile("\\(?" + Years.YEAR + "度?\\)?");
    /** The year as a title writes it, with its 度 and brackets, or 本年度 instead of it. */
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("\\(?" + Years.YEAR + "度?\\)?|本年度");
    /** Where a title's subject starts; the body is named before it. */
    private static final Pattern SUBJECT = Pattern.compile("信息公开|资讯公开|政务公开|年度报告|工作报告|年报");
    /** What names of issuing bodies end with, most specific first. */
    private static final String BODY_SUFFIX = "(?:人民政府办公室|人民政府办公厅|人民政府|街道办事处|办事处|管理委员会|管委会|委员会"
            + "|办公室|办公厅|中心|园区|局|厅)";
    /** A body's name that starts a clause, as short as it reads (石子镇人民政府 in 石子镇人民政府未收到…). */
    private static final Pattern BODY = Pattern.compile("(\\p{IsHan}{2,24}?" + BODY_SUFFIX + ")");
    /** A body's name before a title's subject, as long as it reads (青石市生态环境局东城分局, not …局). */
    private static final Pattern TITLE_BODY = Pattern.compile("\\p{IsHan}{2,30}" + BODY_SUFFIX);
    /** Words that end a clause before a body's name starts. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[^\\p{IsHan}]+|年|的|由|在|对|按照|根据|关于|印发|是|为");
    /** Everything in a title that is not a Chinese character: digits, brackets, spaces. */
    private static final Pattern NOT_HAN = Pattern.compile("[^\\p{IsHan}]");
    /** What ends the name in a title: the year, 关于 (某某部关于2022年…), brackets. */
    private static final Pattern NAME_BREAK = Pattern.compile(YEAR_IN_TITLE.pattern() + "|关于|[()\\[\\]]");
    /**
     * 政府 before 信息公开 belongs to the subject unless it ends 人民政府 (青石镇人民政府政府信息公开), as does a 年度
     * without its year (青石县人民政府年度政府信息公开工作报告).
     */
    private static final Pattern SUBJECTS_GOVERNMENT = Pattern.compile("(?:本?年度)?(?:(?<!人民)政府)?$");
    /** What qualifies a report rather than naming its body: 全县, 县本级, 部门, 机关. */
    private static final Pattern QUALIFIER = Pattern.compile("[我本各该全]\\p{IsHan}*|[省市县区镇乡]?(?:本级|部门|机关|单位)");
    /** A date after a signature's name, on the same line. */
    private static final Pattern SIGNED = Pattern.compile("\\s*" + Years.DATE + "$");
    private static final int TITLE_SEARCH = 6;
    /** The last lines, where a report signs with its body's name and the date. */
    private static final int SIGNATURE = 3;
    /** A line of Chinese words and digits only: a title's part, not a sentence, a date or a menu. */
    private static final Pattern WORDS_ONLY = Pattern.compile("[\\p{IsHan}0-9]+");
    /** A date written in words ({@code 2024年1月20日}), as a publication date above a title is. */
    private static final Pattern DATE = Pattern.compile("月[0-9〇零一二三四五六七八九十]{1,3}日");

    private ReportInfoReader() {
    }

    /**
     * The report's title: the first line before the first section that reads as one, with the lines above and
     * the year below it that belong to it; else the report a notice publishing it names; else the document's own
     * title where it reads as one; empty where none does.
     */
    static String title(List<Line> lines, int firstSection, String documentTitle) {
        int limit = firstSection < 0 ? lines.size() : firstSection;
        int end = Math.min(limit, TITLE_SEARCH);
        String published = "";
        String generic = "";
        for (int i = 0; i < end; i++) {
            String text = lines.get(i).text();
            if (!readsAsTitle(text)) {
                continue;
            }
            Matcher wrapper = WRAPPER.matcher(text);
            if (wrapper.matches()) {
                // The notice's own lines (addressees, 现将…印发给你们, signature) come before the report's title.
                published = published.isEmpty() ? wrapper.group(2) : published;
                end = Math.min(limit, i + 1 + 2 * TITLE_SEARCH);
                continue;
            }
            // A title broken over lines: 青石县青石镇人民政府 / 2023年政府信息公开 / 工作年度报告.
            String title = text;
            for (int above = i - 1; above >= 0 && startsTitle(lines.get(above).text(), title); above--) {
                title = lines.get(above).text() + title;
            }
            if (i + 1 < limit && YEAR_LINE.matcher(lines.get(i + 1).text()).matches()) {
                title += lines.get(i + 1).text();
            }
            if (Years.first(title).isPresent() || inTitle(title).isPresent()) {
                return title;
            }
            // Naming neither year nor body, it may be a site's column (政府信息公开年报) above the real title.
            generic = generic.isEmpty() ? title : generic;
        }
        if (!generic.isEmpty()) {
            return generic;
        }
        if (!published.isEmpty()) {
            return published;
        }
        return readsAsTitle(documentTitle) ? documentTitle : "";
    }

    private static boolean readsAsTitle(String text) {
        return TITLE_WORDS.matcher(text).find() && text.length() <= 80 && !NOT_A_TITLE.matcher(text).find();
    }

    /**
     * Whether a line is the first part of a title broken over lines (a {@code <br>} in the heading, a
     * wrapped PDF title): the year is above and the title words below ({@code …2022年政府信息公开} /
     * {@code 工作年度报告}), or the body is above and the line below starts with the year or the subject
     * ({@code 青石镇人民政府} / {@code 2022年政府信息公开工作年度报告}).
     */
    private static boolean startsTitle(String above, String line) {
        // A date above the title is its publication's; a title above it is another document's (a notice's).
        if (above.length() + line.length() > 80 || !WORDS_ONLY.matcher(above).matches() || DATE.matcher(above).find()
                || TITLE_WORDS.matcher(above).find()) {
            return false;
        }
        boolean yearAbove = Years.IN_TEXT.matcher(above).find() && !Years.IN_TEXT.matcher(line).find();
        boolean bodyAbove = TITLE_BODY.matcher(above).matches()
                && (YEAR_IN_TITLE.matcher(line).lookingAt() || SUBJECT.matcher(line).find() && inTitle(line).isEmpty());
        return yearAbove || bodyAbove;
    }

    /**
     * The year from the title; else the statistics period the narrative states; else the year before the one
     * the report was published in (the page's date, a date line under the title, the date of the signature):
     * reports look back on the year before; else the year the narrative names most often.
     */
    static OptionalInt year(String title, String publishDate, List<Line> opening, List<Line> narrative) {
        OptionalInt inTitle = Years.first(title);
        if (inTitle.isPresent()) {
            return inTitle;
        }
        OptionalInt period = Years.ofPeriod(narrative);
        if (period.isPresent()) {
            return period;
        }
        List<String> dates = new ArrayList<>(List.of(publishDate));
        concat(opening, signature(narrative)).forEach(line -> dates.add(line.text()));
        for (String date : dates) {
            OptionalInt published = Years.ofDate(date);
            if (published.isPresent()) {
                return OptionalInt.of(published.getAsInt() - 1);
            }
        }
        return Years.mostNamed(narrative);
    }

    /**
     * The issuing body from the title; else the publisher the file records (a crawler's 发布机构); else the
     * signature at the report's end (a line that is a body's name, alone or before the date); else the one the
     * document's own title names (a page's {@code <title>}, a Word file's properties); else the issuer of a
     * notice publishing the report or a line above the first section that is only a body's name; else, last,
     * as the narrative names many bodies besides the issuer, the body it names most often.
     */
    static Optional<String> body(String title, Metadata metadata, List<Line> opening, List<Line> narrative) {
        Optional<String> fromTitle = inTitle(title);
        if (fromTitle.isPresent()) {
            return fromTitle;
        }
        String publisher = NOT_HAN.matcher(metadata.publisher()).replaceAll("");
        if (TITLE_BODY.matcher(publisher).matches() && named(publisher)) {
            return Optional.of(publisher);
        }
        Optional<String> signature = lineNaming(signature(narrative));
        if (signature.isPresent()) {
            return signature;
        }
        String documentTitle = Normalizer.normalize(metadata.title());
        Optional<String> fromDocumentTitle = readsAsTitle(documentTitle) ? inTitle(documentTitle) : Optional.empty();
        if (fromDocumentTitle.isPresent()) {
            return fromDocumentTitle;
        }
        Optional<String> opener = lineNaming(opening);
        return opener.isPresent() ? opener : mostNamed(narrative);
    }

    private static List<Line> signature(List<Line> narrative) {
        return narrative.subList(Math.max(0, narrative.size() - SIGNATURE), narrative.size());
    }

    private static List<Line> concat(List<Line> first, List<Line> second) {
        List<Line> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /**
     * The body a title names before its subject: the name before the year or 关于, else the one after the year
     * ({@code 2023年青石县发展和改革局政府信息公开…}), a place alone too ({@code 青石区2023年度…}).
     * What follows the year before the subject qualifies the report (全县, 本级), and 政府 before 信息公开 is the
     * subject's ({@code 青石区政府信息公开…}).
     */
    static Optional<String> inTitle(String title) {
        Matcher wrapper = WRAPPER.matcher(title);
        String report = wrapper.matches() ? wrapper.group(2) : title;
        Matcher subject = SUBJECT.matcher(report);
        if (!subject.find()) {
            return Optional.empty();
        }
        for (String part : NAME_BREAK.split(report.substring(0, subject.start()))) {
            String name = SUBJECTS_GOVERNMENT.matcher(NOT_HAN.matcher(part).replaceAll("")).replaceAll("");
            if (name.length() >= 2 && !QUALIFIER.matcher(name).matches() && !name.contains("工作")) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * A line that is only a body's name, or that name before a date, or a notice's issuer
     * ({@code 青石县人民政府办公室关于印发…}).
     */
    private static Optional<String> lineNaming(List<Line> lines) {
        for (Line line : lines) {
            Matcher wrapper = WRAPPER.matcher(line.text());
            String text = SIGNED.matcher(wrapper.matches() ? wrapper.group(1) : line.text()).replaceAll("");
            if (TITLE_BODY.matcher(text).matches() && named(text)) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** The body the narrative names most often, the first named where several are named as often. */
    private static Optional<String> mostNamed(List<Line> narrative) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        for (Line line : narrative) {
            for (String clause : CLAUSE_BREAK.split(Years.QUOTED_TITLE.matcher(line.text()).replaceAll("、"))) {
                bodyIn(clause).ifPresent(name -> {
                    counts.merge(name, weight(name), Integer::sum);
                    firstSeen.putIfAbsent(name, firstSeen.size());
                });
            }
        }
        return counts.keySet().stream()
                .max((a, b) -> counts.get(a).equals(counts.get(b))
                        ? Integer.compare(firstSeen.get(b), firstSeen.get(a))
                        : Integer.compare(counts.get(a), counts.get(b)));
    }

    /**
     * Names with the suffixes of government bodies count more than 局, 厅, 中心 or 园区, which also end common
     * words (结果, 大厅, 政务服务中心 as a place, 工业园区).
     */
    private static int weight(String name) {
        return name.endsWith("局") || name.endsWith("厅") || name.endsWith("中心") || name.endsWith("园区") ? 1 : 3;
    }

    /** A body's name that starts a clause, such as 石子镇人民政府 in 石子镇人民政府未收到…. */
    private static Optional<String> bodyIn(String clause) {
        Matcher matcher = BODY.matcher(clause);
        if (matcher.lookingAt()) {
            String name = matcher.group(1);
            if (named(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** 我镇, 本局, 各乡镇人民政府 and the like refer to bodies without naming one. */
    private static boolean named(String name) {
        return name.length() >= 4 && !name.startsWith("我") && !name.startsWith("本") && !name.startsWith("各")
                && !name.contains("工作");
    }
}
