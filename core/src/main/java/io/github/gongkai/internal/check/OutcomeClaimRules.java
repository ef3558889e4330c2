package io.github.gongkai.internal.check;

import io.github.gongkai.document.Origin;
import io.github.gongkai.internal.check.Sentences.Sentence;
import io.github.gongkai.internal.template.ApplicationsTemplate.Group;
import io.github.gongkai.internal.template.ApplicationsTemplate;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.Check;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.TableKind;
import io.github.gongkai.model.Value;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Combined counts of outcomes the narrative states against table B: 予以公开及部分公开258件, 予以公开和部分公开共258件,
 * 全部或部分公开258件, 予以公开(含部分公开)258件, 不予公开、无法提供及不予处理共17件. The number is compared with the sum
 * of the 总计 column over the rows it names; a group ((三)不予公开) counts with all its sub-rows. A single outcome
 * (予以公开200件) is left alone: reports write it loosely, for granted with or without the partly granted.
 */
final class OutcomeClaimRules implements Rule {
    /** The outcomes a report names, with the rows of table B they count. */
    private static final Map<String, List<RowKey>> OUTCOMES = Map.of(
            "予以公开", List.of(RowKey.GRANTED),
            "全部公开", List.of(RowKey.GRANTED),
            "部分公开", List.of(RowKey.PARTIALLY_GRANTED),
            "不予公开", ApplicationsTemplate.children(Group.DENIED),
            "无法提供", ApplicationsTemplate.children(Group.UNABLE),
            "不予处理", ApplicationsTemplate.children(Group.REJECTED));
    private static final String NAME = "(?:予以|全部|部分|不予)公开|无法提供|不予处理";
    private static final String AND = "(?:、|及|和|与|以及|或|或者)";
    /** 全部或部分公开 names 全部公开 and 部分公开 with one 公开; 予以公开(含部分公开) names both too. */
    private static final Pattern COMBINED = Pattern.compile("((?:" + NAME + ")(?:" + AND + "(?:" + NAME + "))+"
            + "|全部或部分(?:予以)?公开|予以公开\\((?:含|包括)部分公开\\))"
            + "(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?(?:共|共计|合计|总计)?(?:为)?" + StatedNumbers.NUMBER + "件");
    private static final Pattern ONE = Pattern.compile(NAME);
    /** The cells a combined count is compared with: table B's 总计 column, over the rows it names. */
    private static final Location TOTALS = Location.column(TableKind.APPLICATIONS, Applicant.TOTAL, Origin.UNKNOWN);

    @Override
    public void check(ReportContext context, Findings findings) {
        Report report = context.report();
        List<Sentence> sentences = context.sentences();
        int occurrence = 0;
        for (Sentence sentence : sentences) {
            String text = sentence.withoutTitles();
            if (!text.contains("公开") && !text.contains("不予处理")) {
                continue;
            }
            Matcher matcher = COMBINED.matcher(text);
            while (matcher.find()) {
                Optional<BigDecimal> stated = StatedNumbers.parse(matcher.group(2));
                if (stated.isEmpty() || !ClaimScope.ownOutcome(text, matcher.start(), matcher.end(), report.info())) {
                    continue;
                }
                occurrence++;
                Set<RowKey> rows = rows(matcher.group(1));
                String id = "narrative.outcomes." + occurrence;
                Location location = TOTALS.inSection(sentence.section(), sentence.origin());
                Optional<List<Value>> values = report.applications().map(table -> rows.stream()
                        .map(row -> table.get(row, Applicant.TOTAL)).toList());
                if (values.isEmpty() || !values.get().stream().allMatch(Value::isReported)) {
                    findings.check(AnomalyCode.NARRATIVE_TABLE_MISMATCH, id, Check.Outcome.NOT_ASSESSABLE, location);
                } else {
                    NarrativeRules.judge(id, location, values.get(), stated.get(), matcher.group(2), sentence, findings);
                }
            }
        }
    }

    /** The rows of the outcomes a combined phrase names, in template order of naming. */
    private static Set<RowKey> rows(String phrase) {
        String names = phrase.startsWith("全部或部分") ? "全部公开部分公开" : phrase;
        Set<RowKey> rows = new LinkedHashSet<>();
        Matcher matcher = ONE.matcher(names);
        while (matcher.find()) {
            rows.addAll(OUTCOMES.get(matcher.group()));
        }
        return rows;
    }
}
