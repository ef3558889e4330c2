package io.github.gongkai.cli.bench;

import io.github.gongkai.Gongkai;
import io.github.gongkai.document.Document;
import io.github.gongkai.internal.check.Observations;
import io.github.gongkai.internal.check.ReportChecker;
import io.github.gongkai.internal.locate.Lines;
import io.github.gongkai.internal.locate.SectionLocator;
import io.github.gongkai.internal.locate.TableRows;
import io.github.gongkai.internal.map.ReportExtractor;
import io.github.gongkai.internal.text.DocumentNormalizer;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.Source;
import java.nio.file.Path;
import java.util.List;

/**
 * One file through the pipeline's stages, each timed, by calling the stages' public entry points one after
 * the other. {@link ReportExtractor#extract} normalises, locates, maps and checks in one call, normalising
 * each text where it needs it; so normalising and locating are timed on their own (locating on text
 * normalised already), checking is timed again on the mapped report, and mapping is what the extraction
 * took beyond those three.
 *
 * @param read      the format parser, reading the file included
 * @param normalise every paragraph and cell normalised
 * @param locate    lines, section headings and table rows found
 * @param map       extraction minus normalising, locating and checking
 * @param check     the checks on the mapped report
 */
record StageRun(long read, long normalise, long locate, long map, long check) {
    static StageRun of(Gongkai gongkai, Path file, Format format) throws GongkaiException {
        long t0 = System.nanoTime();
        Document document = gongkai.document(file);
        long t1 = System.nanoTime();
        Document normal = DocumentNormalizer.normalize(document);
        long t2 = System.nanoTime();
        SectionLocator.sections(Lines.of(normal));
        TableRows.of(normal);
        long t3 = System.nanoTime();
        Report report = ReportExtractor.extract(document, new Source(file.toString(), format, "", 0));
        long t4 = System.nanoTime();
        ReportChecker.check(report.withFindings(List.of(), List.of()), new Observations(false, List.of(), List.of()));
        long t5 = System.nanoTime();
        long check = t5 - t4;
        return new StageRun(t1 - t0, t2 - t1, t3 - t2, (t4 - t3) - (t2 - t1) - (t3 - t2) - check, check);
    }
}
