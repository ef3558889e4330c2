package io.github.gongkai.internal.map;

import io.github.gongkai.document.Document;
import io.github.gongkai.document.Metadata;
import io.github.gongkai.internal.check.Observations;
import io.github.gongkai.internal.check.ReportChecker;
import io.github.gongkai.internal.locate.Heading;
import io.github.gongkai.internal.locate.Line;
import io.github.gongkai.internal.locate.Lines;
import io.github.gongkai.internal.locate.SectionLocator;
import io.github.gongkai.internal.locate.TableKind;
import io.github.gongkai.internal.locate.TableRow;
import io.github.gongkai.internal.locate.TableRows;
import io.github.gongkai.internal.locate.TableSegments;
import io.github.gongkai.internal.text.Normalizer;
import io.github.gongkai.model.ActiveItem;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.CaseGroup;
import io.github.gongkai.model.CaseOutcome;
import io.github.gongkai.model.Figures;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.Measure;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.ReportInfo;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.Section;
import io.github.gongkai.model.Source;
import io.github.gongkai.model.Template;
import io.github.gongkai.model.Value;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The format-neutral half of the pipeline: normalises a document's text, locates its sections and tables,
 * maps them onto the typed model and checks the result. Stateless and thread-safe.
 */
public final class ReportMapper {
    private ReportMapper() {
    }

    /**
     * Turns a parsed document into a checked report.
     *
     * @param document what a format parser read
     * @param source   the file it came from
     * @return the report with its anomalies and check outcomes
     * @throws GongkaiException with {@link GongkaiException.Reason#NO_REPORT} when the document has neither
     *                          numbered sections nor any of the report's tables, or when no table holds a number
     *                          and no title names a report (a notice about the format, news, a list page)
     */
    public static Report extract(Document document, Source source) throws GongkaiException {
        return extract(document, source, EnumSet.allOf(AnomalyCode.class));
    }

    /**
     * Turns a parsed document into a report checked for some anomalies only.
     *
     * @param document what a format parser read
     * @param source   the file it came from
     * @param codes    the anomalies to look for
     * @return the report with those anomalies and the outcomes of the identities behind them
     * @throws GongkaiException with {@link GongkaiException.Reason#NO_REPORT} when the document has neither
     *                          numbered sections nor any of the report's tables, or when no table holds a number
     *                          and no title names a report (a notice about the format, news, a list page)
     */
    public static Report extract(Document document, Source source, Set<AnomalyCode> codes) throws GongkaiException {
        List<Line> lines = Lines.of(document);
        List<Heading> headings = SectionLocator.sections(lines);
        List<Section> sections = sections(lines, headings);
        int[] sectionOfBlock = sectionOfBlock(document, lines, headings);
        Map<TableKind, List<TableRow>> segments = TableSegments.split(TableRows.of(document), sectionOfBlock);

        List<ActiveDisclosureMapper.ItemRow> items =
                ActiveDisclosureMapper.read(segments.getOrDefault(TableKind.ACTIVE_DISCLOSURE, List.of()));
        ApplicationsMapper.Mapped mappedApplications =
                ApplicationsMapper.map(segments.getOrDefault(TableKind.APPLICATIONS, List.of()));
        Map<RowKey, Map<Applicant, Value>> applications = mappedApplications.rows();
        List<Anomaly> reviewLitigationRepairs = new ArrayList<>();
        Map<CaseGroup, Map<CaseOutcome, Value>> reviewLitigation = ReviewLitigationMapper.map(
                segments.getOrDefault(TableKind.REVIEW_LITIGATION, List.of()), reviewLitigationRepairs);

        if (sections.isEmpty() && items.isEmpty() && applications.isEmpty() && reviewLitigation.isEmpty()) {
            throw ReportEvidence.noReport(source.file(), "no numbered sections and none of the report's tables", lines,
                    document.metadata());
        }
        int firstSection = headings.isEmpty() ? -1 : headings.get(0).line();
        String documentTitle = Normalizer.normalize(document.metadata().title());
        String title = ReportInfoReader.title(lines, firstSection, documentTitle);
        ReportEvidence.require(title, lines, headings, segments.values(), document.metadata(), source.file());
        List<Line> narrative = firstSection < 0 ? lines : lines.subList(firstSection, lines.size());
        List<Line> opening = lines.subList(0, firstSection < 0 ? 0 : firstSection);
        OptionalInt year = ReportInfoReader.year(title, document.metadata().publishDate(), opening, narrative);
        Optional<Template> template = TemplateDetector.detect(items, applications, !reviewLitigation.isEmpty(), year);
        ReportInfo info = new ReportInfo(title, ReportInfoReader.body(title, document.metadata(), opening, narrative),
                year, template);

        boolean tables = template.isPresent() && template.get() != Template.LEGACY;
        List<Anomaly> repairs = new ArrayList<>();
        Report report = new Report(source, info, sections,
                tables && !items.isEmpty()
                        ? Optional.of(Figures.of(ActiveItem.class, ActiveDisclosureMapper.map(items, template.get(), repairs)))
                        : Optional.empty(),
                tables && !applications.isEmpty()
                        ? Optional.of(Figures.of(RowKey.class, OtherRow.complete(applications, template.get())))
                        : Optional.empty(),
                tables && !reviewLitigation.isEmpty()
                        ? Optional.of(Figures.of(CaseGroup.class, reviewLitigation))
                        : Optional.empty(),
                List.of(), List.of());
        if (report.applications().isPresent()) {
            repairs.addAll(mappedApplications.repairs());
        }
        if (report.reviewLitigation().isPresent()) {
            repairs.addAll(reviewLitigationRepairs);
        }
        return ReportChecker.check(report, new Observations(mirrored(document, lines),
                report.applications().isPresent() ? mappedApplications.added() : List.of(),
                report.applications().isPresent() ? mappedApplications.order() : List.of(),
                ActiveDisclosureMapper.declaredUnits(items), repairs), codes);
    }

    private static boolean mirrored(Document document, List<Line> lines) {
        if (document.metadata().traits().contains(Metadata.Trait.PINYIN_ANNOTATED)) {
            return true;
        }
        return lines.stream().anyMatch(line -> Normalizer.hasPinyinAnnotations(line.raw()));
    }

    private static List<Section> sections(List<Line> lines, List<Heading> headings) {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            int end = i + 1 < headings.size() ? headings.get(i + 1).line() : lines.size();
            List<Heading> subheadings = SectionLocator.subsections(lines, heading.line() + 1, end);
            List<Section> subsections = new ArrayList<>();
            for (int j = 0; j < subheadings.size(); j++) {
                Heading sub = subheadings.get(j);
                int subEnd = j + 1 < subheadings.size() ? subheadings.get(j + 1).line() : end;
                subsections.add(section(sub, lines, sub.line() + 1, subEnd, List.of()));
            }
            sections.add(section(heading, lines, heading.line() + 1, end, subsections));
        }
        return sections;
    }

    private static Section section(Heading heading, List<Line> lines, int from, int to, List<Section> subsections) {
        StringBuilder text = new StringBuilder(heading.rest());
        StringBuilder raw = new StringBuilder(heading.rest());
        for (int i = from; i < to; i++) {
            append(text, lines.get(i).text());
            append(raw, lines.get(i).raw());
        }
        return new Section(heading.number(), heading.title(), text.toString(), raw.toString(), subsections,
                lines.get(heading.line()).origin());
    }

    private static void append(StringBuilder text, String line) {
        if (text.length() > 0) {
            text.append('\n');
        }
        text.append(line);
    }

    /** For each block, the number of the section it stands in; 0 before the first. */
    private static int[] sectionOfBlock(Document document, List<Line> lines, List<Heading> headings) {
        int[] section = new int[document.blocks().size()];
        for (Heading heading : headings) {
            int start = lines.get(heading.line()).block();
            for (int b = start; b < section.length; b++) {
                section[b] = heading.number();
            }
        }
        return section;
    }
}
