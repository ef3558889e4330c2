package io.github.gongkai.view;

import io.github.gongkai.document.Origin;
import io.github.gongkai.model.ActiveItem;
import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.CaseGroup;
import io.github.gongkai.model.CaseOutcome;
import io.github.gongkai.model.Figures;
import io.github.gongkai.model.Language;
import io.github.gongkai.model.Measure;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.Template;
import io.github.gongkai.model.TemplateLayout;
import io.github.gongkai.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The three tables laid out as the template prints them, each cell coloured by what happened to it. */
final class Tables {
    private static final String NUMERALS = "一二三四五六七八九十";

    private final Report report;
    private final Findings findings;
    private final Template template;
    private final Language language;
    private final StringBuilder out;

    Tables(Report report, Findings findings, Language language, StringBuilder out) {
        this.report = report;
        this.findings = findings;
        this.template = report.info().template().filter(t -> t != Template.LEGACY).orElse(Template.T2021);
        this.language = language;
        this.out = out;
    }

    void write() {
        out.append("<section id=\"tables\">");
        caption("table-a", Words.TABLE_A);
        report.activeDisclosure().ifPresentOrElse(this::activeDisclosure, this::none);
        caption("table-b", Words.TABLE_B);
        report.applications().ifPresentOrElse(this::applications, this::none);
        caption("table-c", Words.TABLE_C);
        report.reviewLitigation().ifPresentOrElse(this::reviewLitigation, this::none);
        out.append("</section>");
    }

    private void caption(String id, Words words) {
        out.append("<h2 id=\"").append(id).append("\">").append(Html.escape(words.in(language))).append("</h2>");
    }

    private void none() {
        out.append("<p class=\"none\">").append(Html.escape(Words.NO_TABLE.in(language))).append("</p>");
    }

    /** Table A: one header row per run of items with the same measures, as the template's 第二十条 blocks. */
    private void activeDisclosure(Figures<ActiveItem, Measure> figures) {
        Map<ActiveItem, List<Measure>> items = new LinkedHashMap<>(TemplateLayout.activeItems(template));
        for (ActiveItem item : figures.rowKeys()) {
            Set<Measure> measures = new LinkedHashSet<>(items.getOrDefault(item, List.of()));
            measures.addAll(figures.row(item).keySet());
            items.put(item, List.copyOf(measures));
        }
        out.append("<table class=\"t\" data-table=\"activeDisclosure\">");
        List<Measure> header = null;
        for (Map.Entry<ActiveItem, List<Measure>> item : items.entrySet()) {
            if (!item.getValue().equals(header)) {
                header = item.getValue();
                out.append("<tr><th>").append(Html.escape(Words.CONTENT.in(language))).append("</th>");
                header.forEach(measure -> th(measure.label(), 1, 1));
                out.append("</tr>");
            }
            out.append("<tr><th class=\"row\">").append(Html.escape(item.getKey().label())).append("</th>");
            for (Measure measure : header) {
                cell("activeDisclosure", item.getKey().key(), measure.key(), figures.get(item.getKey(), measure));
            }
            out.append("</tr>");
        }
        out.append("</table>");
    }

    /** Table B: 申请人情况 over the seven columns; 三、本年度办理结果 down the left of (一) to (七), the groups beside it. */
    private void applications(Figures<RowKey, Applicant> figures) {
        List<Applicant> columns = List.of(Applicant.values());
        List<List<String>> paths = new ArrayList<>();
        columns.forEach(column -> paths.add(append(TemplateLayout.headings(column), column.label())));
        out.append("<table class=\"t\" data-table=\"applications\">");
        header(paths, 3);
        List<RowKey> rows = new ArrayList<>(TemplateLayout.applicationRows(template));
        figures.rowKeys().stream().filter(row -> !rows.contains(row)).forEach(rows::add);
        rows.sort(null);
        int outcomes = (int) rows.stream().filter(Cells::underOutcomes).count();
        boolean outcomesOpen = false;
        int number = 0;
        for (int i = 0; i < rows.size(); i++) {
            RowKey row = rows.get(i);
            out.append("<tr>");
            if (!Cells.underOutcomes(row)) {
                out.append("<th class=\"row\" colspan=\"3\">").append(Html.escape(row.label())).append("</th>");
            } else {
                if (!outcomesOpen) {
                    outcomesOpen = true;
                    th(TemplateLayout.OUTCOMES, outcomes, 1);
                }
                Optional<String> group = TemplateLayout.group(row);
                if (group.isEmpty()) {
                    number++;
                    out.append("<th class=\"row\" colspan=\"2\">").append(Html.escape(row.label())).append("</th>");
                } else {
                    if (i == 0 || !TemplateLayout.group(rows.get(i - 1)).equals(group)) {
                        number++;
                        int span = (int) rows.stream().filter(r -> TemplateLayout.group(r).equals(group)).count();
                        th("(" + numeral(number) + ")" + group.get(), span, 1);
                    }
                    out.append("<th class=\"row\">").append(Html.escape(row.label())).append("</th>");
                }
            }
            columns.forEach(column -> cell("applications", row.key(), column.key(), figures.get(row, column)));
            out.append("</tr>");
        }
        out.append("</table>");
    }

    /** Table C: 行政复议 and 行政诉讼 over their groups, each over the five outcomes, in one row of numbers. */
    private void reviewLitigation(Figures<CaseGroup, CaseOutcome> figures) {
        List<List<String>> paths = new ArrayList<>();
        for (CaseGroup group : CaseGroup.values()) {
            for (CaseOutcome outcome : CaseOutcome.values()) {
                paths.add(append(append(TemplateLayout.headings(group), group.label()), outcome.label()));
            }
        }
        out.append("<table class=\"t\" data-table=\"reviewLitigation\">");
        header(paths, 0);
        out.append("<tr>");
        for (CaseGroup group : CaseGroup.values()) {
            for (CaseOutcome outcome : CaseOutcome.values()) {
                cell("reviewLitigation", group.key(), outcome.key(), figures.get(group, outcome));
            }
        }
        out.append("</tr></table>");
    }

    /**
     * Header rows from each column's labels, outermost first: equal neighbours at a level share one cell, and a
     * column whose labels end above the bottom reaches down to it.
     */
    private void header(List<List<String>> paths, int corner) {
        int depth = paths.stream().mapToInt(List::size).max().orElse(1);
        for (int level = 0; level < depth; level++) {
            out.append("<tr>");
            if (level == 0 && corner > 0) {
                out.append("<th class=\"corner\" colspan=\"").append(corner).append("\" rowspan=\"").append(depth)
                        .append("\"></th>");
            }
            for (int i = 0; i < paths.size(); i++) {
                List<String> path = paths.get(i);
                if (level >= path.size()) {
                    continue;
                }
                int span = 1;
                while (i + span < paths.size() && level < path.size() - 1
                        && paths.get(i + span).size() > level + 1
                        && paths.get(i + span).subList(0, level + 1).equals(path.subList(0, level + 1))) {
                    span++;
                }
                boolean leaf = level == path.size() - 1;
                th(path.get(level), leaf ? depth - level : 1, span);
                i += span - 1;
            }
            out.append("</tr>");
        }
    }

    private void th(String label, int rowspan, int colspan) {
        out.append("<th");
        if (rowspan > 1) {
            out.append(" rowspan=\"").append(rowspan).append('"');
        }
        if (colspan > 1) {
            out.append(" colspan=\"").append(colspan).append('"');
        }
        out.append('>').append(Html.escape(label)).append("</th>");
    }

    private void cell(String table, String row, String column, Value value) {
        String id = Cells.id(table, row, column);
        Legend state = Legend.state(value, findings.failing(id), findings.flagged(id));
        out.append("<td id=\"").append(id).append("\" tabindex=\"0\" class=\"v ").append(state.css());
        Legend.reading(value.reading()).ifPresent(reading -> out.append(' ').append(reading.css()));
        out.append("\" data-state=\"").append(Html.escape(state.in(language)));
        Legend.reading(value.reading()).ifPresent(reading ->
                out.append("\" data-reading=\"").append(Html.escape(reading.in(language))));
        out.append("\" data-raw=\"").append(Html.escape(value.raw()));
        if (value.origin() != Origin.UNKNOWN) {
            out.append("\" data-origin=\"").append(Html.escape(value.origin().describe()));
        }
        if (value.origin() instanceof Origin.Region region) {
            out.append("\" data-page=\"").append(region.page()).append("\" data-box=\"")
                    .append(String.format(Locale.ROOT, "%.1f %.1f %.1f %.1f", region.x(), region.y(), region.width(),
                            region.height()));
        }
        out.append("\">").append(Html.escape(shown(value))).append("</td>");
    }

    /** What a cell shows: its number with the unit it was written with, or what the report printed. */
    private static String shown(Value value) {
        return value.number().map(n -> n.toPlainString() + value.unit()).orElse(value.raw().strip());
    }

    private static List<String> append(List<String> path, String label) {
        List<String> longer = new ArrayList<>(path);
        longer.add(label);
        return longer;
    }

    private static String numeral(int number) {
        return number >= 1 && number <= NUMERALS.length() ? String.valueOf(NUMERALS.charAt(number - 1)) : String.valueOf(number);
    }
}
