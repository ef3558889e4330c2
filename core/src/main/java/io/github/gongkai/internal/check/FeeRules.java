package io.github.gongkai.internal.check;

import io.github.gongkai.internal.check.Sentences.Sentence;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Check;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 本年度未收取信息处理费 (依法不收取, 免收) against a fee the report states elsewhere (收取信息处理费200元, 信息处理费共计0.03万元).
 * The table's 行政事业性收费 is a different fee and is not compared.
 */
final class FeeRules implements Rule {
    private static final String FEE = "信息处理费";
    /** 不收取 only as a fact (依法不收取), not as the rule's threshold (数量较少的不收取). */
    private static final Pattern NONE = Pattern.compile(
            "(?:未|没有|免予?|(?:依法|均|一律)不)(?:发生)?(?:收取|收|产生|计收)(?:任何)?(?:政府)?信息处理费");
    private static final Pattern CHARGED = Pattern.compile(
            "(?<![未不免有])收取(?:了)?(?:政府)?信息处理费(?:共|共计|合计)?(\\d+(?:\\.\\d+)?)(万)?元"
                    + "|信息处理费(?:共|共计|合计)(\\d+(?:\\.\\d+)?)(万)?元");

    @Override
    public void check(ReportContext context, Findings findings) {
        List<Sentence> sentences = context.sentences();
        Optional<Sentence> none = sentences.stream().filter(s -> s.compact().contains(FEE))
                .filter(s -> NONE.matcher(s.compact()).find()).findFirst();
        if (none.isEmpty()) {
            return;
        }
        Location location = Location.section(none.get().section(), none.get().origin());
        for (Sentence sentence : sentences) {
            Matcher matcher = CHARGED.matcher(sentence.compact());
            if (sentence.compact().contains(FEE) && matcher.find()) {
                BigDecimal amount = new BigDecimal(matcher.group(1) != null ? matcher.group(1) : matcher.group(3));
                if (amount.signum() > 0) {
                    findings.check(AnomalyCode.NARRATIVE_FEE_CONTRADICTION, "narrative.fee", Check.Outcome.FAIL, location);
                    String fee = matcher.group().substring(matcher.group().indexOf("信息处理费"));
                    findings.add(Anomaly.of(AnomalyCode.NARRATIVE_FEE_CONTRADICTION, new Message(
                            "section " + none.get().section() + " says no information-processing fee was charged, "
                                    + "section " + sentence.section() + " states " + fee,
                            "第" + none.get().section() + "部分称未收取信息处理费,第" + sentence.section() + "部分又称"
                                    + fee), Location.section(sentence.section(), sentence.origin()), sentence.quote()));
                    return;
                }
            }
        }
        findings.check(AnomalyCode.NARRATIVE_FEE_CONTRADICTION, "narrative.fee", Check.Outcome.PASS, location);
    }
}
