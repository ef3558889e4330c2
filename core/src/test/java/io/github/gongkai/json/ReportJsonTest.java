package io.github.gongkai.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gongkai.document.Origin;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.Language;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.ReportInfo;
import io.github.gongkai.model.Source;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
    private static final Anomaly ANOMALY = Anomaly.of(AnomalyCode.PLACEHOLDER,
            new Message("a placeholder was left unfilled: X月X日", "模板占位符未填写:X月X日"),
            Location.section(1, Origin.UNKNOWN), "X月X日");

    private static Report report(String url) {
        return new Report(new Source("a.html", Format.HTML, "00", 0, url, List.of()),
                new ReportInfo("", Optional.empty(), OptionalInt.empty(), Optional.empty()), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(ANOMALY), List.of());
    }

    @Test
    void messagesAreWrittenInTheLanguageAskedFor() {
        assertEquals("模板占位符未填写:X月X日",
                ReportJson.tree(report(""), false, Language.ZH).path("anomalies").get(0).path("message").asText());
        assertEquals("a placeholder was left unfilled: X月X日",
                ReportJson.tree(report(""), false).path("anomalies").get(0).path("message").asText());
    }

    @Test
    void languagesFollowLocalesAndCommandLineValues() {
        assertEquals(Language.ZH, Language.of(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Language.EN, Language.of(Locale.GERMANY));
        assertEquals(Language.ZH, Language.parse("ZH"));
    }

    @Test
    void theSourcesAddressIsWrittenWhereKnown() {
        ObjectNode known = ReportJson.tree(report("https://www.qinghe.gov.cn/nb.html"), false);
        assertEquals("https://www.qinghe.gov.cn/nb.html", known.path("source").path("url").asText());
        assertFalse(ReportJson.tree(report(""), false).path("source").has("url"));
    }
}
