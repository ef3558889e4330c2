package io.github.gongkai.view;

import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.Language;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A corpus as one self-contained HTML page: every report as a row (body, year, format, anomaly counts by
 * severity, duplicates) linking to its own view, sortable and filterable by anomaly code and severity, and two
 * charts drawn as inline SVG: reports per year and anomaly codes by frequency.
 */
public final class CorpusIndex {
    private static final int CHART_WIDTH = 460;
    private static final int BAR = 16;

    private CorpusIndex() {
    }

    /**
     * One report of the corpus.
     *
     * @param name        the report's file name as the dataset gives it
     * @param link        the address of its view, relative to the index page (such as {@code view/a.pdf.html})
     * @param report      the report
     * @param duplicateOf the name of the report it repeats, empty where it repeats none
     */
    public record Entry(String name, String link, Report report, String duplicateOf) {
        /** Checks the components: none may be null. */
        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(duplicateOf, "duplicateOf");
        }
    }

    /** Writes the index page of the entries, in their order. */
    public static void write(List<Entry> entries, Language language, Writer out) throws IOException {
        StringBuilder page = new StringBuilder(4096 + entries.size() * 600);
        String title = Words.INDEX_TITLE.in(language) + " · " + entries.size() + " " + Words.REPORTS.in(language);
        Page.INDEX.open(page, title, language);
        page.append("<header><h1>").append(Html.escape(title)).append("</h1></header>");
        charts(entries, language, page);
        filters(entries, language, page);
        table(entries, language, page);
        Page.INDEX.close(page);
        out.write(page.toString());
    }

    private static void charts(List<Entry> entries, Language language, StringBuilder out) {
        Map<String, Integer> years = new TreeMap<>();
        Map<String, Integer> codes = new TreeMap<>();
        for (Entry entry : entries) {
            var year = entry.report().info().year();
            years.merge(year.isPresent() ? String.valueOf(year.getAsInt()) : "?", 1, Integer::sum);
            entry.report().anomalies().forEach(anomaly -> codes.merge(anomaly.code().name(), 1, Integer::sum));
        }
        Map<String, Integer> byFrequency = codes.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
        out.append("<div class=\"charts\">");
        bars(Words.PER_YEAR.in(language), "chart-years", years, 60, out);
        bars(Words.BY_CODE.in(language), "chart-codes", byFrequency, 230, out);
        out.append("</div>");
    }

    /** A horizontal bar chart: one labelled bar per key, its count at the end. */
    private static void bars(String title, String id, Map<String, Integer> counts, int labelWidth, StringBuilder out) {
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int height = 28 + counts.size() * (BAR + 4);
        out.append("<figure><figcaption>").append(Html.escape(title)).append("</figcaption><svg id=\"").append(id)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(CHART_WIDTH).append("\" height=\"")
                .append(height).append("\" role=\"img\" aria-label=\"").append(Html.escape(title)).append("\">");
        int y = 10;
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            int width = Math.max(1, (CHART_WIDTH - labelWidth - 50) * count.getValue() / max);
            out.append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + BAR - 4)
                    .append("\" text-anchor=\"end\">").append(Html.escape(count.getKey())).append("</text>")
                    .append("<rect class=\"bar\" x=\"").append(labelWidth).append("\" y=\"").append(y)
                    .append("\" width=\"").append(width).append("\" height=\"").append(BAR).append("\"></rect>")
                    .append("<text x=\"").append(labelWidth + width + 4).append("\" y=\"").append(y + BAR - 4)
                    .append("\">").append(count.getValue()).append("</text>");
            y += BAR + 4;
        }
        out.append("</svg></figure>");
    }

    private static void filters(List<Entry> entries, Language language, StringBuilder out) {
        TreeSet<String> codes = entries.stream().flatMap(e -> e.report().anomalies().stream())
                .map(a -> a.code().name()).collect(Collectors.toCollection(TreeSet::new));
        out.append("<div class=\"filters\"><label>").append(Html.escape(Words.CODES.in(language)))
                .append(" <select id=\"code\"><option value=\"\">").append(Html.escape(Words.ALL_CODES.in(language)))
                .append("</option>");
        codes.forEach(code -> out.append("<option>").append(code).append("</option>"));
        out.append("</select></label><label>").append(Html.escape(Words.SEVERITY.in(language)))
                .append(" <select id=\"severity\"><option value=\"\">")
                .append(Html.escape(Words.ALL_SEVERITIES.in(language))).append("</option>");
        for (Severity severity : Severity.values()) {
            out.append("<option value=\"").append(severity.key()).append("\">").append(Html.escape(severityWord(severity, language)))
                    .append("</option>");
        }
        out.append("</select></label><span><span id=\"shown\">").append(entries.size()).append("</span> ")
                .append(Html.escape(Words.SHOWN.in(language))).append("</span></div>");
    }

    private static void table(List<Entry> entries, Language language, StringBuilder out) {
        out.append("<table id=\"reports\" class=\"index\"><thead><tr>");
        for (Words column : List.of(Words.FILE, Words.BODY, Words.YEAR, Words.FORMAT, Words.ERRORS,
                Words.WARNING_COUNT, Words.INFOS, Words.CODES, Words.DUPLICATE_OF)) {
            out.append("<th>").append(Html.escape(column.in(language))).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (Entry entry : entries) {
            Report report = entry.report();
            Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
            TreeSet<String> codes = new TreeSet<>();
            for (Anomaly anomaly : report.anomalies()) {
                bySeverity.merge(anomaly.severity(), 1, Integer::sum);
                codes.add(anomaly.code().name());
            }
            out.append("<tr data-codes=\"").append(String.join(" ", codes)).append("\" data-severities=\"")
                    .append(bySeverity.keySet().stream().map(Severity::key).collect(Collectors.joining(" ")))
                    .append("\"><td><a href=\"").append(Html.escape(entry.link())).append("\">")
                    .append(Html.escape(entry.name())).append("</a></td><td>")
                    .append(Html.escape(report.info().body().orElse(""))).append("</td><td class=\"n\">")
                    .append(report.info().year().isPresent() ? String.valueOf(report.info().year().getAsInt()) : "")
                    .append("</td><td>").append(report.source().format().name()).append("</td>");
            count(bySeverity, Severity.ERROR, "e", out);
            count(bySeverity, Severity.WARNING, "w", out);
            count(bySeverity, Severity.INFO, "i", out);
            out.append("<td>").append(String.join(" ", codes))
                    .append("</td><td>").append(Html.escape(entry.duplicateOf())).append("</td></tr>");
        }
        out.append("</tbody></table>");
    }

    private static void count(Map<Severity, Integer> counts, Severity severity, String css, StringBuilder out) {
        int count = counts.getOrDefault(severity, 0);
        out.append("<td class=\"n ").append(count > 0 ? css : "").append("\">").append(count).append("</td>");
    }

    private static String severityWord(Severity severity, Language language) {
        return switch (severity) {
            case ERROR -> Words.ERRORS.in(language);
            case WARNING -> Words.WARNING_COUNT.in(language);
            case INFO -> Words.INFOS.in(language);
        };
    }
}
