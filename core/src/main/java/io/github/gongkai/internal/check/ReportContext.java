package io.github.gongkai.internal.check;

import io.github.gongkai.internal.check.Sentences.Sentence;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.Template;
import java.util.List;

/**
 * What every rule of one report reads. The anomaly codes not looked for are {@link Findings}'s concern: a rule
 * finds everything, and the findings keep what was asked for.
 *
 * @param report       the report as mapped, without findings
 * @param observations what the mapping saw of the source that the model does not keep
 * @param template     the template the tables follow, the 2021 one where none was detected
 * @param sentences    the sentences of the six sections, read once for all the text rules
 */
record ReportContext(Report report, Observations observations, Template template, List<Sentence> sentences) {
    ReportContext {
        sentences = List.copyOf(sentences);
    }

    /** The context of a report. */
    static ReportContext of(Report report, Observations observations) {
        return new ReportContext(report, observations, report.info().template().orElse(Template.T2021),
                Sentences.of(report));
    }
}
