package io.github.gongkai.internal.check;

import io.github.gongkai.internal.check.Sentences.Sentence;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Check;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A total the narrative states with its parts, in the same sentence or the next: 共公开政府信息82条。其中,
 * 政策文件信息28条,工作动态39条,财政信息4条,其他相关信息11条. The parts must add up to the total. Read only
 * where the number directly precedes 其中 and everything after 其中 up to the full stop is a list of parts in
 * the same unit, so that a partial list ("其中政策解读5条,较上年增加…") is never taken for a breakdown; a
 * semicolon ends the list (行政复议351件,其中结果维持72件,…;行政诉讼46件,其中…). Parts that fall short of the
 * total count only where the list claims to be complete by ending in a remainder (其他/其余), since reports
 * often name only the main parts. Counts by channel (门户网站发布800条,政务新媒体发布600条) overlap and are
 * compared only where they fall short of a complete list.
 */
final class StatedTotalRules implements Rule {
    private static final String UNIT = "(条|件|篇|个|项|次|起)";
    /** The look-behind starts a number only where a run of digits starts, so that long runs stay linear. */
    private static final Pattern TOTAL = Pattern.compile("(?<![\\d零〇一二两三四五六七八九十百千万])" + StatedNumbers.NUMBER + UNIT
            + "[。,;:]?其中[,:]?([^。;]*)");
    private static final Pattern SEPARATOR = Pattern.compile("[,、;]");
    private static final Pattern PART = Pattern.compile("(\\D*?)" + StatedNumbers.NUMBER + UNIT);
    private static final Pattern REMAINDER = Pattern.compile("其他|其它|其余");
    /** Channels and platforms: the same item is published on several, so their counts overlap. */
    private static final Pattern CHANNEL = Pattern.compile("网站|新媒体|微信|微博|公众号|客户端|公开栏|平台|发布|转载|推送");

    /** A change (较上年增加15件, 同比增长12条) between a whole and its 其中: the parts are the whole's. */
    private static final Pattern CHANGE = Pattern.compile("较|比|增加|减少|增长|下降");
    private static final Pattern ENDS_IN_NUMBER = Pattern.compile(StatedNumbers.NUMBER + UNIT + "$");

    @Override
    public void check(ReportContext context, Findings findings) {
        List<Sentence> sentences = context.sentences();
        int found = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            boolean nextStartsWithParts = i + 1 < sentences.size() && sentences.get(i + 1).compact().startsWith("其中")
                    && sentences.get(i + 1).section() == sentence.section();
            String text = nextStartsWithParts ? sentence.compact() + sentences.get(i + 1).compact() : sentence.compact();
            if (!text.contains("其中")) {
                continue;
            }
            String quote = nextStartsWithParts ? sentence.quote() + sentences.get(i + 1).quote() : sentence.quote();
            Matcher matcher = TOTAL.matcher(text);
            while (matcher.find()) {
                if (matcher.start() >= sentence.compact().length()) {
                    continue; // the next sentence's own, read with it
                }
                Optional<List<BigDecimal>> parts = partsOf(matcher.group(3), matcher.group(2));
                Optional<BigDecimal> total = parts.flatMap(list -> totalBefore(text, matcher, list));
                if (total.isEmpty()) {
                    continue;
                }
                BigDecimal sum = sum(parts.get(), total.get());
                boolean complete = REMAINDER.matcher(matcher.group(3)).find();
                boolean overlapping = CHANNEL.matcher(matcher.group(3)).find();
                int excess = sum.compareTo(total.get());
                if (complete && !(excess > 0 && overlapping) || excess >= 0 && !overlapping) {
                    found++;
                    compare(found, total.get(), sum, quote, sentence, findings);
                }
            }
        }
    }

    /**
     * The total a list of parts belongs to: the number before 其中, or where that number is a change, the whole
     * in the clause before it (共收到申请113件,较上年增加15件,其中…) unless the parts add up to the change itself.
     */
    private static Optional<BigDecimal> totalBefore(String text, Matcher matcher, List<BigDecimal> parts) {
        Optional<BigDecimal> number = StatedNumbers.parse(matcher.group(1));
        int clause = matcher.start();
        while (clause > 0 && ",;:".indexOf(text.charAt(clause - 1)) < 0) {
            clause--;
        }
        if (number.isEmpty() || !CHANGE.matcher(text.substring(clause, matcher.start())).find()
                || sum(parts, number.get()).compareTo(number.get()) == 0) {
            return number;
        }
        Matcher whole = ENDS_IN_NUMBER.matcher(text.substring(0, Math.max(0, clause - 1)));
        return whole.find() && whole.group(2).equals(matcher.group(2)) ? StatedNumbers.parse(whole.group(1))
                : Optional.empty();
    }

    /** The sum of the parts when the text is a list of two or more parts in the unit, else empty. */
    private static Optional<List<BigDecimal>> partsOf(String list, String unit) {
        String[] items = SEPARATOR.split(list.endsWith(";") || list.endsWith(",") ? list.substring(0, list.length() - 1)
                : list);
        if (items.length < 2) {
            return Optional.empty();
        }
        List<BigDecimal> parts = new ArrayList<>();
        for (String item : items) {
            Matcher part = PART.matcher(item);
            if (!part.matches() || part.group(1).isEmpty() || !part.group(3).equals(unit)) {
                return Optional.empty();
            }
            Optional<BigDecimal> value = StatedNumbers.parse(part.group(2));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            parts.add(value.get());
        }
        return Optional.of(parts);
    }

    /**
     * The sum of the parts, or of the first of them where they already reach the total: a list may hold two
     * breakdowns of the same whole (自然人80件,法人33件,网上申请98件).
     */
    private static BigDecimal sum(List<BigDecimal> parts, BigDecimal total) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < parts.size(); i++) {
            sum = sum.add(parts.get(i));
            if (i > 0 && sum.compareTo(total) == 0) {
                return sum;
            }
        }
        return sum;
    }

    private static void compare(int n, BigDecimal total, BigDecimal parts, String quote, Sentence sentence,
                                Findings findings) {
        Location location = Location.section(sentence.section(), sentence.origin());
        String id = "narrative.statedTotal." + n;
        if (total.compareTo(parts) == 0) {
            findings.check(AnomalyCode.NARRATIVE_TOTAL_MISMATCH, id, Check.Outcome.PASS, location);
            return;
        }
        findings.check(AnomalyCode.NARRATIVE_TOTAL_MISMATCH, id, Check.Outcome.FAIL, location);
        findings.add(Anomaly.arithmetic(AnomalyCode.NARRATIVE_TOTAL_MISMATCH, Findings.withNumbers(
                new Message("a total stated in the text differs from the sum of its parts", "正文所述总数与其分项之和不符"),
                parts, total), location, parts, total, quote));
    }
}
