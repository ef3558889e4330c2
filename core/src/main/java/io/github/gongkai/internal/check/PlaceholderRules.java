package io.github.gongkai.internal.check;

import io.github.gongkai.internal.check.Sentences.Sentence;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.Report;
import java.util.List;

/**
 * Placeholders left in the title or the text, once per sentence; placeholders in table cells are found by
 * {@link CellRules}, where they stand for a number.
 */
final class PlaceholderRules implements Rule {
    @Override
    public void check(ReportContext context, Findings findings) {
        Report report = context.report();
        List<Sentence> sentences = context.sentences();
        String title = report.info().title();
        if (Placeholders.in(title)) {
            findings.add(placeholder(title, Location.REPORT));
        }
        for (Sentence sentence : sentences) {
            if (Placeholders.in(sentence.quote())) {
                findings.add(placeholder(sentence.quote(), Location.section(sentence.section(), sentence.origin())));
            }
        }
    }

    private static Anomaly placeholder(String quote, Location location) {
        return Anomaly.of(AnomalyCode.PLACEHOLDER, new Message("a placeholder was left unfilled: " + quote,
                "模板占位符未填写:" + quote), location, quote);
    }
}
