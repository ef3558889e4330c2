package io.github.gongkai.internal.map;

import io.github.gongkai.document.Metadata;
import io.github.gongkai.internal.locate.Heading;
import io.github.gongkai.internal.locate.Line;
import io.github.gongkai.internal.locate.Slot;
import io.github.gongkai.internal.locate.TableRow;
import io.github.gongkai.internal.template.Labels;
import io.github.gongkai.internal.template.SectionTemplate;
import io.github.gongkai.internal.text.CellNumber;
import io.github.gongkai.internal.text.Numbers;
import io.github.gongkai.internal.text.OutlineNumber;
import io.github.gongkai.model.GongkaiException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a document with numbered sections or the report's tables is a report, on general evidence: tables
 * holding numbers, or a title naming a report. What else a corpus folder holds has the template's words without
 * being one: a notice about the format prints the template's sections and empty tables, news and READMEs number
 * their points, a list page names many reports. A page that only points to the report in an attachment is told
 * as such, with the attachment's address.
 */
final class ReportEvidence {
    /** What a report's title ends with, once a year or date after it is taken away. */
    private static final Pattern REPORT_TITLE = Pattern.compile("(?:年度报告|工作报告|情况的?报告|年报)$");
    /** A year, date or page furniture after a title ({@code (2023年)}, {@code 2024-01-30}), and a list's number. */
    private static final Pattern AFTER_TITLE = Pattern.compile(
            "(?:[\\s(\\[]*(?:" + Years.DATE + "|" + Years.YEAR + "度?|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})[)\\]]?)+$");
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\s*(?:\\d{1,3}|" + OutlineNumber.NUMERAL + "{1,3})\\s*[.、)]?\\s*");
    /** A notice's number ({@code 国办公开办函〔2021〕30号}) or title. */
    private static final Pattern NOTICE = Pattern.compile("[〔\\[(]\\d{4}[〕\\])]\\d+号|通知$|印发给你们");
    /** Template sections that make a text without title or tables a report. */
    private static final int TEMPLATE_SECTIONS = 4;
    /** Distinct report titles on lines of their own that make a page a list of reports. */
    private static final int LISTING = 3;
    private static final int TITLE_LENGTH = 80;
    /** A row's label and its figures glued together by a crawler ({@code （一）予以公开270020130}). */
    private static final Pattern GLUED_FIGURES = Pattern.compile(".*[\\p{IsHan})）][0-9]{2,}\\s*");
    /** Words pointing the reader to an attachment. */
    private static final Pattern SEE_ATTACHMENT = Pattern.compile("详见附件|见附件|附件下载|点击下载|附件[:：]");
    /** An address or a file name of a document a page attaches; bounded, as a page's text may be one long line. */
    private static final Pattern ATTACHMENT = Pattern.compile(
            "(?:https?://|www\\.)?[^\\s,;:<>\"]{1,200}\\.(?:pdf|docx?|wps|ofd|xlsx?|zip|rar)(?![A-Za-z])", Pattern.CASE_INSENSITIVE);

    private ReportEvidence() {
    }

    /**
     * Fails with {@code NO_REPORT} where no table holds a number and the title names no report (unless the text is
     * a report without a title or tables: most of the template's sections, and no notice above them), or where the
     * text lists several reports' titles and no table holds a number.
     */
    static void require(String title, List<Line> lines, List<Heading> headings, Collection<List<TableRow>> tables,
                        Metadata metadata, String file) throws GongkaiException {
        if (holdsNumbers(tables)) {
            return;
        }
        Set<String> listed = listedTitles(lines);
        if (listed.size() >= LISTING) {
            throw noReport(file, "the text lists " + listed.size() + " reports' titles (" + String.join("; ",
                    listed.stream().limit(LISTING).toList()) + ") and no table holds a number: a list page",
                    lines, metadata);
        }
        if (!namesAReport(title) && !untitledReport(lines, headings, tables)) {
            String tablesSay = tables.stream().anyMatch(rows -> !rows.isEmpty())
                    ? "no table holds a number (the template's empty tables, as a notice about the format prints them)"
                    : "none of the report's tables";
            throw noReport(file, (title.isEmpty() ? "no title" : "the title (" + title + ") names no report")
                    + " and " + tablesSay, lines, metadata);
        }
    }

    /**
     * The exception for a document that is no report, telling where the page only points to an attachment
     * ({@code 详见附件}) and giving its address.
     */
    static GongkaiException noReport(String file, String reason, List<Line> lines, Metadata metadata) {
        boolean pointed = lines.stream().anyMatch(line -> SEE_ATTACHMENT.matcher(line.text()).find());
        if (!pointed) {
            return new GongkaiException(GongkaiException.Reason.NO_REPORT, file, reason);
        }
        List<String> links = metadata.attachments().isEmpty() ? linksIn(lines) : metadata.attachments();
        return new GongkaiException(GongkaiException.Reason.NO_REPORT, file, "the page only points to the report in an "
                + "attachment (详见附件)" + (links.isEmpty() ? "" : ": " + String.join(", ", links)) + "; " + reason);
    }

    /**
     * A report whose title was lost and that has no tables (one from before the template's tables, its title an
     * image): most of the template's sections, no tables at all, and not under a notice's title or number as the
     * notices about the format have it.
     */
    private static boolean untitledReport(List<Line> lines, List<Heading> headings, Collection<List<TableRow>> tables) {
        if (tables.stream().anyMatch(rows -> !rows.isEmpty()) || headings.isEmpty()) {
            return false;
        }
        long templateSections = headings.stream()
                .filter(heading -> SectionTemplate.titleMatches(heading.number(), heading.title()))
                .map(Heading::number).distinct().count();
        boolean notice = lines.subList(0, headings.get(0).line()).stream()
                .anyMatch(line -> NOTICE.matcher(line.text()).find());
        return templateSections >= TEMPLATE_SECTIONS && !notice;
    }

    /** Whether a title names a report: it ends with the report's words, a year or date after them aside. */
    static boolean namesAReport(String title) {
        return REPORT_TITLE.matcher(AFTER_TITLE.matcher(title.strip()).replaceAll("")).find();
    }

    /**
     * Whether a table holds a number, read or not: a cell of digits, with a unit or not (826.09万, 270020130), or a
     * label with its row's figures glued to it.
     */
    private static boolean holdsNumbers(Collection<List<TableRow>> tables) {
        for (List<TableRow> rows : tables) {
            for (TableRow row : rows) {
                for (Slot slot : row.slots()) {
                    if (!slot.fromAbove() && holdsFigure(slot) && !Labels.isNumbering(slot.label())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A number as the cell reader reads one, in any unit ({@code 826.09万} too), or figures glued to a label. */
    private static boolean holdsFigure(Slot slot) {
        return slot.isNumber() || Numbers.readAmount(slot.text()).kind() == CellNumber.Kind.NUMBER
                || GLUED_FIGURES.matcher(slot.cell().text()).matches();
    }

    /** Lines that are each a report's title (a list's number and a date around it aside), distinct. */
    private static Set<String> listedTitles(List<Line> lines) {
        Set<String> titles = new LinkedHashSet<>();
        for (Line line : lines) {
            if (line.text().length() > 2 * TITLE_LENGTH) {
                continue;
            }
            String text = AFTER_TITLE.matcher(LIST_NUMBER.matcher(line.text()).replaceFirst("")).replaceAll("").strip();
            if (text.length() <= TITLE_LENGTH && namesAReport(text) && Years.first(text).isPresent()
                    && !text.contains("。")) {
                titles.add(text);
            }
        }
        return titles;
    }

    private static List<String> linksIn(List<Line> lines) {
        Set<String> links = new LinkedHashSet<>();
        for (Line line : lines) {
            Matcher matcher = ATTACHMENT.matcher(line.raw());
            while (matcher.find()) {
                links.add(matcher.group());
            }
        }
        // An address says more than the file's name it ends with.
        List<String> addresses = links.stream().filter(link -> link.contains("/")).toList();
        return addresses.isEmpty() ? List.copyOf(links) : addresses;
    }
}
