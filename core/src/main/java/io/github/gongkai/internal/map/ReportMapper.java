package io.github.gongkai.internal.map;

import io.github.gongkai.document.Metadata;
import io.github.gongkai.internal.locate.Heading;
import io.github.gongkai.internal.locate.Layout;
import io.github.gongkai.internal.locate.Line;
import io.github.gongkai.internal.locate.SectionLocator;
import io.github.gongkai.internal.text.NormalizedDocument;
import io.github.gongkai.internal.text.Normalizer;
import io.github.gongkai.model.ActiveItem;
import io.github.gongkai.model.Anomaly;
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
import io.github.gongkai.model.TableKind;
import io.github.gongkai.model.Template;
import io.github.gongkai.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The map stage: turns the sections and tables the locate stage found into the typed model, with the report's
 * title, body, year and template. Stateless and thread-safe.
 */
public final class ReportMapper {
    private ReportMapper() {
    }

    /**
     * Maps a located document onto the model.
     *
     * @param document the document, normalised
     * @param layout   its sections and tables
     * @param source   the file it came from
     * @return the report, not yet checked, with what the checks need to know of the mapping
     * @throws GongkaiException with {@link GongkaiException.Reason#NO_REPORT} when the document has neither
     *                          numbered sections nor any of the report's tables, or when no table holds a number
     *                          and no title names a report (a notice about the format, news, a list page)
     */
    public static Mapping map(NormalizedDocument document, Layout layout, Source source) throws GongkaiException {
        List<Line> lines = layout.lines();
        List<Heading> headings = layout.headings();
        Metadata metadata = document.raw().metadata();
        List<Section> sections = sections(lines, headings);

        List<ActiveDisclosureMapper.ItemRow> items =
                ActiveDisclosureMapper.read(layout.table(TableKind.ACTIVE_DISCLOSURE));
        ApplicationsMapper.Mapped mappedApplications = ApplicationsMapper.map(layout.table(TableKind.APPLICATIONS));
        Map<RowKey, Map<Applicant, Value>> applications = mappedApplications.rows();
        List<Anomaly> reviewLitigationRepairs = new ArrayList<>();
        Map<CaseGroup, Map<CaseOutcome, Value>> reviewLitigation = ReviewLitigationMapper.map(
                layout.table(TableKind.REVIEW_LITIGATION), reviewLitigationRepairs);

        if (sections.isEmpty() && items.isEmpty() && applications.isEmpty() && reviewLitigation.isEmpty()) {
            throw ReportEvidence.noReport(source.file(), "no numbered sections and none of the report's tables", lines,
                    metadata);
        }
        int firstSection = headings.isEmpty() ? -1 : headings.get(0).line();
        String documentTitle = Normalizer.normalize(metadata.title());
        String title = ReportInfoReader.title(lines, firstSection, documentTitle);
        ReportEvidence.require(title, lines, headings, layout.tables().values(), metadata, source.file());
        List<Line> narrative = firstSection < 0 ? lines : lines.subList(firstSection, lines.size());
        List<Line> opening = lines.subList(0, firstSection < 0 ? 0 : firstSection);
        OptionalInt year = ReportInfoReader.year(title, metadata.publishDate(), opening, narrative);
        Optional<Template> template = TemplateDetector.detect(items, applications, !reviewLitigation.isEmpty(), year);
        ReportInfo info = new ReportInfo(title, ReportInfoReader.body(title, metadata, opening, narrative),
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
        return new Mapping(report, mirrored(metadata, lines),
                report.applications().isPresent() ? mappedApplications.added() : List.of(),
                report.applications().isPresent() ? mappedApplications.order() : List.of(),
                ActiveDisclosureMapper.declaredUnits(items), repairs);
    }

    private static boolean mirrored(Metadata metadata, List<Line> lines) {
        if (metadata.traits().contains(Metadata.Trait.PINYIN_ANNOTATED)) {
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
}
