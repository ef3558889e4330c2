package io.github.gongkai.internal.pipeline;

import io.github.gongkai.document.Document;
import io.github.gongkai.internal.check.Observations;
import io.github.gongkai.internal.check.ReportChecker;
import io.github.gongkai.internal.locate.Layout;
import io.github.gongkai.internal.map.Mapping;
import io.github.gongkai.internal.map.ReportMapper;
import io.github.gongkai.internal.text.NormalizedDocument;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.Source;
import java.util.EnumSet;
import java.util.Set;

/**
 * The format-neutral half of the pipeline, each stage once and in order: normalise the document's text
 * (keeping the text as read), locate its sections and tables, map them onto the model, check the result.
 * Stateless and thread-safe.
 */
public final class Pipeline {
    private Pipeline() {
    }

    /**
     * Turns a parsed document into a checked report.
     *
     * @param document what a format parser read
     * @param source   the file it came from
     * @return the report with its anomalies and check outcomes
     * @throws GongkaiException with {@link GongkaiException.Reason#NO_REPORT} when the document holds no report
     */
    public static Report run(Document document, Source source) throws GongkaiException {
        return run(document, source, EnumSet.allOf(AnomalyCode.class));
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
    public static Report run(Document document, Source source, Set<AnomalyCode> codes) throws GongkaiException {
        return timed(document, source, codes).report();
    }

    /**
     * As {@link #run(Document, Source, Set)}, timing each stage.
     *
     * @throws GongkaiException as {@link #run(Document, Source, Set)}
     */
    public static Run timed(Document document, Source source, Set<AnomalyCode> codes) throws GongkaiException {
        long start = System.nanoTime();
        NormalizedDocument normal = NormalizedDocument.of(document);
        long normalised = System.nanoTime();
        Layout layout = Layout.of(normal);
        long located = System.nanoTime();
        Mapping mapping = ReportMapper.map(normal, layout, source);
        long mapped = System.nanoTime();
        Report report = ReportChecker.check(mapping.report(), new Observations(mapping.pinyinAnnotated(),
                mapping.addedRows(), mapping.rowOrder(), mapping.declaredUnits(), mapping.repairs()), codes);
        long checked = System.nanoTime();
        return new Run(report, normalised - start, located - normalised, mapped - located, checked - mapped);
    }

    /**
     * A report with the time each stage took, in nanoseconds.
     *
     * @param report    the checked report
     * @param normalise every paragraph and cell normalised
     * @param locate    lines, section headings and tables found
     * @param map       the model built from them
     * @param check     the checks run on the model
     */
    public record Run(Report report, long normalise, long locate, long map, long check) {
    }
}
