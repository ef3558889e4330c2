package io.github.gongkai.internal.check;

import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Check;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.Template;
import java.util.Optional;
import java.util.OptionalInt;

/** The template the tables follow against the year: the 2019 template is for 2019 and 2020, the 2021 one after. */
final class TemplateRules implements Rule {
    @Override
    public void check(ReportContext context, Findings findings) {
        Report report = context.report();
        Optional<Template> template = report.info().template();
        OptionalInt year = report.info().year();
        if (template.isEmpty() || template.get() == Template.LEGACY || year.isEmpty() || year.getAsInt() < 2019) {
            findings.check(AnomalyCode.TEMPLATE_YEAR_MISMATCH, "template.year", Check.Outcome.NOT_ASSESSABLE, Location.REPORT);
            return;
        }
        Template expected = year.getAsInt() <= 2020 ? Template.T2019 : Template.T2021;
        if (template.get() == expected) {
            findings.check(AnomalyCode.TEMPLATE_YEAR_MISMATCH, "template.year", Check.Outcome.PASS, Location.REPORT);
            return;
        }
        findings.check(AnomalyCode.TEMPLATE_YEAR_MISMATCH, "template.year", Check.Outcome.FAIL, Location.REPORT);
        findings.add(Anomaly.of(AnomalyCode.TEMPLATE_YEAR_MISMATCH, new Message(
                "the tables follow the " + template.get().key() + " template, a report on " + year.getAsInt()
                        + " the " + expected.key() + " one",
                "表格采用" + template.get().key() + "年版模板," + year.getAsInt() + "年度报告应采用" + expected.key()
                        + "年版模板"), Location.REPORT, ""));
    }
}
