package io.github.gongkai.view;

import io.github.gongkai.document.Origin;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.Check;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.Language;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.Section;
import io.github.gongkai.model.Source;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One report as a self-contained HTML page for auditing what was read: its tables laid out as the template
 * prints them, every cell coloured by what happened to it, its raw text, origin and (for a PDF) a picture of
 * the page region it came from; the anomalies, each linked to its cells; the checks; the sections' text. The
 * page loads nothing: style, script and pictures are inline, and every text of the report is escaped.
 */
public final class ReportView {
    private ReportView() {
    }

    /**
     * Writes the page of a report with pictures of its PDF pages taken from {@code sourceFile}, the file it was
     * read from (pictures are left out for other formats, or where the file cannot be rendered).
     */
    public static void write(Report report, Path sourceFile, Language language, Writer out) throws IOException {
        Set<Integer> pages = report.source().format() == Format.PDF ? pagesOfValues(report) : Set.of();
        Map<Integer, String> pictures = pages.isEmpty() || !Files.isRegularFile(sourceFile)
                ? Map.of() : Evidence.pages(sourceFile, pages);
        out.write(page(report, pictures, !pages.isEmpty(), language));
    }

    /** Writes the page of a report without pictures: each value's origin is given in words. */
    public static void write(Report report, Language language, Writer out) throws IOException {
        out.write(page(report, Map.of(), false, language));
    }

    private static Set<Integer> pagesOfValues(Report report) {
        return new Cells(report).all().stream().map(cell -> cell.value().origin())
                .filter(Origin.Region.class::isInstance).map(origin -> ((Origin.Region) origin).page())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String page(Report report, Map<Integer, String> pictures, boolean wanted, Language language) {
        Cells cells = new Cells(report);
        Findings findings = new Findings(report, cells);
        String title = report.info().title().isBlank() ? Words.UNTITLED.in(language) : report.info().title();
        StringBuilder out = new StringBuilder(64 * 1024 + pictures.values().stream().mapToInt(String::length).sum());
        Page.REPORT.open(out, title, language);
        out.append("<header><h1>").append(Html.escape(title)).append("</h1>");
        info(report, language, out);
        out.append("</header><div class=\"layout\"><main>");
        legend(language, out);
        new Tables(report, findings, language, out).write();
        anomalies(report, findings, language, out);
        checks(report, findings, language, out);
        sections(report, language, out);
        out.append("</main>");
        panel(pictures, wanted, language, out);
        out.append("</div>");
        Page.REPORT.close(out);
        return out.toString();
    }

    private static void info(Report report, Language language, StringBuilder out) {
        Source source = report.source();
        out.append("<dl class=\"info\">");
        entry(Words.BODY, report.info().body().orElse(""), language, out);
        entry(Words.YEAR, report.info().year().isPresent() ? String.valueOf(report.info().year().getAsInt()) : "",
                language, out);
        entry(Words.TEMPLATE, report.info().template().map(t -> t.key()).orElse(""), language, out);
        entry(Words.FILE, source.file(), language, out);
        entry(Words.FORMAT, source.format().name() + (source.pages() > 0 ? " · " + source.pages() + " " + Words.PAGES.in(language) : ""),
                language, out);
        entry(Words.ADDRESS, source.url(), language, out);
        entry(Words.WARNINGS, String.join("; ", source.warnings()), language, out);
        out.append("<dt>SHA-256</dt><dd class=\"sha\">").append(Html.escape(source.sha256())).append("</dd></dl>");
    }

    private static void entry(Words term, String value, Language language, StringBuilder out) {
        if (!value.isBlank()) {
            out.append("<dt>").append(Html.escape(term.in(language))).append("</dt><dd>").append(Html.escape(value))
                    .append("</dd>");
        }
    }

    private static void legend(Language language, StringBuilder out) {
        out.append("<div class=\"legend\" aria-label=\"").append(Html.escape(Words.LEGEND.in(language))).append("\">");
        for (Legend entry : Legend.values()) {
            out.append("<span class=\"key ").append(entry.css()).append("\">").append(Html.escape(entry.in(language)))
                    .append("</span>");
        }
        out.append("</div>");
    }

    private static void anomalies(Report report, Findings findings, Language language, StringBuilder out) {
        out.append("<h2 id=\"anomalies\">").append(Html.escape(Words.ANOMALIES.in(language))).append(" (")
                .append(report.anomalies().size()).append(")</h2>");
        if (report.anomalies().isEmpty()) {
            out.append("<p class=\"none\">").append(Html.escape(Words.NO_ANOMALIES.in(language))).append("</p>");
            return;
        }
        out.append("<ol class=\"findings\">");
        List<Anomaly> anomalies = report.anomalies();
        for (int i = 0; i < anomalies.size(); i++) {
            Anomaly anomaly = anomalies.get(i);
            out.append("<li tabindex=\"0\" class=\"anomaly sev-").append(anomaly.severity().key())
                    .append("\" data-cells=\"").append(String.join(" ", findings.ofAnomaly(i))).append("\">")
                    .append("<span class=\"sev\">").append(anomaly.severity().key()).append("</span> <code>")
                    .append(anomaly.code().name()).append("</code> ").append(Html.escape(anomaly.message().in(language)));
            if (anomaly.expected().isPresent() && anomaly.actual().isPresent()) {
                out.append(" <span class=\"numbers\">").append(Html.escape(Words.EXPECTED.in(language))).append(' ')
                        .append(anomaly.expected().get().toPlainString()).append(", ")
                        .append(Html.escape(Words.ACTUAL.in(language))).append(' ')
                        .append(anomaly.actual().get().toPlainString()).append("</span>");
            }
            where(anomaly.location().origin(), out);
            if (!anomaly.quote().isBlank()) {
                out.append("<blockquote>").append(Html.escape(anomaly.quote())).append("</blockquote>");
            }
            out.append("</li>");
        }
        out.append("</ol>");
    }

    private static void where(Origin origin, StringBuilder out) {
        if (origin != Origin.UNKNOWN) {
            out.append(" <span class=\"where\">").append(Html.escape(origin.describe())).append("</span>");
        }
    }

    private static void checks(Report report, Findings findings, Language language, StringBuilder out) {
        long failed = report.checks().stream().filter(c -> c.outcome() == Check.Outcome.FAIL).count();
        out.append("<h2 id=\"checks\">").append(Html.escape(Words.CHECKS.in(language))).append(" (")
                .append(report.checks().size()).append(", ").append(Html.escape(Words.FAIL.in(language))).append(' ')
                .append(failed).append(")</h2><table class=\"checks\"><tr><th>")
                .append(Html.escape(Words.CHECK.in(language))).append("</th><th>")
                .append(Html.escape(Words.OUTCOME.in(language))).append("</th><th>")
                .append(Html.escape(Words.ORIGIN.in(language))).append("</th></tr>");
        for (Check check : report.checks()) {
            Words outcome = switch (check.outcome()) {
                case PASS -> Words.PASS;
                case FAIL -> Words.FAIL;
                case NOT_ASSESSABLE -> Words.NOT_ASSESSABLE;
            };
            out.append("<tr tabindex=\"0\" class=\"check o-").append(check.outcome().key()).append("\" data-cells=\"")
                    .append(String.join(" ", findings.ofCheck(check))).append("\"><td><code>")
                    .append(Html.escape(check.id())).append("</code></td><td class=\"outcome\">")
                    .append(Html.escape(outcome.in(language))).append("</td><td>");
            where(check.location().origin(), out);
            out.append("</td></tr>");
        }
        out.append("</table>");
    }

    private static void sections(Report report, Language language, StringBuilder out) {
        out.append("<h2 id=\"sections\">").append(Html.escape(Words.SECTIONS.in(language))).append("</h2>");
        for (Section section : report.sections()) {
            section(section, "h3", "一二三四五六".charAt(Math.max(0, Math.min(5, section.number() - 1))) + "、", out);
        }
    }

    private static void section(Section section, String heading, String number, StringBuilder out) {
        out.append("<section class=\"text\"><").append(heading).append('>').append(Html.escape(number + section.title()));
        where(section.origin(), out);
        out.append("</").append(heading).append('>');
        for (String paragraph : section.text().split("\n")) {
            if (!paragraph.isBlank()) {
                out.append("<p>").append(Html.escape(paragraph)).append("</p>");
            }
        }
        for (Section subsection : section.subsections()) {
            section(subsection, "h4", "(" + subsection.number() + ")", out);
        }
        out.append("</section>");
    }

    /** The side panel the script fills for the selected cell, and the page pictures it crops. */
    private static void panel(Map<Integer, String> pictures, boolean wanted, Language language, StringBuilder out) {
        out.append("<aside id=\"panel\"><h2>").append(Html.escape(Words.SELECTED.in(language))).append("</h2>")
                .append("<p id=\"hint\">").append(Html.escape(Words.SELECT_HINT.in(language))).append("</p><dl>");
        for (Words field : List.of(Words.STATE, Words.READING, Words.RAW, Words.ORIGIN, Words.AROUND)) {
            out.append("<dt>").append(Html.escape(field.in(language))).append("</dt><dd id=\"f-")
                    .append(field.name().toLowerCase(java.util.Locale.ROOT)).append("\"></dd>");
        }
        out.append("<dt>").append(Html.escape(Words.FINDINGS.in(language))).append("</dt><dd><ul id=\"f-findings\"></ul></dd>")
                .append("</dl><div id=\"evidence\" hidden><h3>").append(Html.escape(Words.EVIDENCE.in(language)))
                .append("</h3><div id=\"crop\"><img id=\"evidence-img\" alt=\"\"><div id=\"box\"></div></div></div>");
        if (wanted && pictures.isEmpty()) {
            out.append("<p class=\"none\">").append(Html.escape(Words.NO_PICTURE.in(language))).append("</p>");
        }
        out.append("</aside><div id=\"pages\" hidden>");
        pictures.forEach((page, picture) -> out.append("<img id=\"page-").append(page).append("\" data-scale=\"")
                .append(Evidence.SCALE).append("\" alt=\"\" src=\"").append(picture).append("\">"));
        out.append("</div>");
    }
}
