package io.github.gongkai.internal.check;

import io.github.gongkai.document.Origin;
import io.github.gongkai.internal.check.Sentences.Sentence;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.CaseGroup;
import io.github.gongkai.model.CaseOutcome;
import io.github.gongkai.model.Check;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.TableKind;
import io.github.gongkai.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers the narrative states against the tables: 共收到政府信息公开申请N件 and 未收到政府信息公开申请 against
 * table B row 一, 办结N件 against (七)总计, 上年结转N件 against row 二, 行政复议N起 and 行政诉讼N起 (and
 * 未发生行政复议、行政诉讼) against table C. Only these clear phrasings are read, and only where {@link ClaimScope}
 * finds them speaking of the body's own count for the year, so that a sentence about something else is never
 * taken for one of them.
 */
final class NarrativeRules implements Rule {
    private static final String N = StatedNumbers.NUMBER;
    /** Requests, not the people who make them (未收到申请人投诉). */
    private static final String APPLICATION = "(?:各类|群众|公民)?(?:政府信息公开|依申请公开)?(?:的)?申请(?!人)";
    private static final String ANY_NUMBER = "(?:\\d[\\d,]*|[零〇一二两三四五六七八九十百千万]+)";
    /** 未发生…行政复议 states none; the phrase must end there (未发生行政复议被纠错 says something else). */
    private static final String NONE_OF = "未(?:发生|收到|出现|产生)(?:因政府信息公开(?:工作|申请)?而?(?:引起|引发|产生)的"
            + "|涉及政府信息公开的?)?(?:政府信息公开)?(?:类|方面的?)?";
    private static final String CASE_END = "(?:的?情况|事件)?(?=[,。;]|$)()";
    /** The cells each claim states; the litigation claims state both groups of 行政诉讼 together. */
    private static final Location RECEIVED = applicationsTotal(RowKey.NEWLY_RECEIVED);
    private static final Location PROCESSED = applicationsTotal(RowKey.TOTAL_PROCESSED);
    private static final Location CARRIED_OVER = applicationsTotal(RowKey.CARRIED_OVER);
    private static final Location REVIEW = Location.cell(TableKind.REVIEW_LITIGATION, CaseGroup.REVIEW, CaseOutcome.TOTAL,
            Origin.UNKNOWN);
    private static final Location LITIGATION = Location.column(TableKind.REVIEW_LITIGATION, CaseOutcome.TOTAL,
            Origin.UNKNOWN);
    private static final List<Claim> CLAIMS = List.of(
            new Claim("received", "申请", Pattern.compile("(?:收到|受理|接收|接到|新收)" + APPLICATION + "(?:共|总计|合计)?" + N + "件"),
                    RECEIVED, true, report -> cell(report, RowKey.NEWLY_RECEIVED)),
            new Claim("received", "申请", Pattern.compile("未(?:收到|受理|接收|接到)(?:任何)?" + APPLICATION + "()"),
                    RECEIVED, true, report -> cell(report, RowKey.NEWLY_RECEIVED)),
            new Claim("processed", "办结", Pattern.compile("办结(?:政府信息公开|依申请公开)?申请(?:共)?" + N + "件"),
                    PROCESSED, false, report -> cell(report, RowKey.TOTAL_PROCESSED)),
            // A bare 办结N件 counts applications only right after them (收到申请113件,上年结转4件;办结111件), not
            // 信访事项 or 工单.
            new Claim("processed", "办结", Pattern.compile(APPLICATION + "(?:共)?" + ANY_NUMBER + "件(?:[,;][^,。;]{0,8}结转[^,。;]{0,6}"
                    + ANY_NUMBER + "件)*[,;](?:已|均|共|全部)?办结" + N + "件"),
                    PROCESSED, false, report -> cell(report, RowKey.TOTAL_PROCESSED)),
            new Claim("carriedOver", "结转", Pattern.compile("上年(?:度)?结转(?:的)?(?:政府信息公开)?(?:申请)?" + N + "件"),
                    CARRIED_OVER, false, report -> cell(report, RowKey.CARRIED_OVER)),
            new Claim("review", "行政复议", Pattern.compile("行政复议(?:案件|申请)?(?:共)?" + N + "(?:起|件)"),
                    REVIEW, false, report -> cases(report, CaseGroup.REVIEW)),
            new Claim("review", "行政复议", Pattern.compile(NONE_OF + "行政复议(?:案件|申请)?(?:[和、及或与]行政诉讼(?:案件)?)?" + CASE_END),
                    REVIEW, false, report -> cases(report, CaseGroup.REVIEW)),
            new Claim("litigation", "行政诉讼", Pattern.compile("行政诉讼(?:案件)?(?:共)?" + N + "(?:起|件)"),
                    LITIGATION, false, report -> cases(report, CaseGroup.LITIGATION_DIRECT, CaseGroup.LITIGATION_AFTER_REVIEW)),
            new Claim("litigation", "行政诉讼", Pattern.compile(NONE_OF + "(?:行政复议(?:案件|申请)?[和、及或与])?行政诉讼(?:案件)?" + CASE_END),
                    LITIGATION, false, report -> cases(report, CaseGroup.LITIGATION_DIRECT, CaseGroup.LITIGATION_AFTER_REVIEW)));

    @Override
    public void check(ReportContext context, Findings findings) {
        Report report = context.report();
        List<Sentence> sentences = context.sentences();
        Map<String, Integer> seen = new HashMap<>();
        for (Sentence sentence : sentences) {
            String text = sentence.withoutTitles();
            for (Claim claim : CLAIMS) {
                if (!text.contains(claim.keyword())) {
                    continue;
                }
                Matcher matcher = claim.pattern().matcher(text);
                while (matcher.find()) {
                    if (!ClaimScope.own(text, matcher.start(), matcher.end(), report.info())) {
                        continue;
                    }
                    int occurrence = seen.merge(claim.id(), 1, Integer::sum);
                    String stated = matcher.group(1);
                    Optional<BigDecimal> number = stated.isEmpty() ? Optional.of(BigDecimal.ZERO)
                            : StatedNumbers.parse(stated);
                    number.ifPresent(value -> compare(report, claim, occurrence, value, stated, sentence, findings));
                }
            }
        }
    }

    private static void compare(Report report, Claim claim, int occurrence, BigDecimal stated, String raw,
                                Sentence sentence, Findings findings) {
        String id = "narrative." + claim.id() + "." + occurrence;
        Location location = claim.cells().inSection(sentence.section(), sentence.origin());
        Optional<List<Value>> table = claim.values().apply(report);
        if (table.isEmpty() || !table.get().stream().allMatch(Value::isReported)) {
            findings.check(AnomalyCode.NARRATIVE_TABLE_MISMATCH, id, Check.Outcome.NOT_ASSESSABLE, location);
            return;
        }
        List<Value> values = new ArrayList<>(table.get());
        if (claim.withCarriedOver() && sum(values).compareTo(stated) != 0) {
            cell(report, RowKey.CARRIED_OVER).filter(carried -> carried.get(0).isReported())
                    .filter(carried -> sum(values).add(sum(carried)).compareTo(stated) == 0)
                    .ifPresent(values::addAll);
        }
        judge(id, location, values, stated, raw, sentence, findings);
    }

    /**
     * Compares a number the text states with the sum of the table cells it speaks of, records the outcome under
     * {@code id}, and raises {@link AnomalyCode#NARRATIVE_TABLE_MISMATCH} where they differ.
     *
     * @param values the cells, every one of them reported
     * @param raw    the number as the text writes it, empty where the text states none
     */
    static void judge(String id, Location location, List<Value> values, BigDecimal stated, String raw,
                      Sentence sentence, Findings findings) {
        BigDecimal want = sum(values);
        if (want.compareTo(stated) == 0) {
            findings.check(AnomalyCode.NARRATIVE_TABLE_MISMATCH, id, Check.Outcome.PASS, location);
            return;
        }
        findings.check(AnomalyCode.NARRATIVE_TABLE_MISMATCH, id, Check.Outcome.FAIL, location);
        Message message = new Message("the text states " + (raw.isEmpty() ? "none" : raw) + ", the table "
                + want.toPlainString(), "正文称" + (raw.isEmpty() ? "无" : raw) + ",表格为" + want.toPlainString());
        findings.add(Anomaly.arithmetic(AnomalyCode.NARRATIVE_TABLE_MISMATCH, message, location, want, stated,
                sentence.quote()));
    }

    private static BigDecimal sum(List<Value> values) {
        return values.stream().map(value -> value.number().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Location applicationsTotal(RowKey row) {
        return Location.cell(TableKind.APPLICATIONS, row, Applicant.TOTAL, Origin.UNKNOWN);
    }

    private static Optional<List<Value>> cell(Report report, RowKey row) {
        return report.applications().map(table -> List.of(table.get(row, Applicant.TOTAL)));
    }

    private static Optional<List<Value>> cases(Report report, CaseGroup... groups) {
        return report.reviewLitigation().map(table -> {
            List<Value> values = new ArrayList<>();
            for (CaseGroup group : groups) {
                values.add(table.get(group, CaseOutcome.TOTAL));
            }
            return values;
        });
    }

    /**
     * A phrasing that states a number of a table.
     *
     * @param keyword          words every match holds, to pass over other sentences quickly
     * @param pattern          its first group is the number; an empty group states none
     * @param cells            where in the tables the number stands
     * @param withCarriedOver  whether the number may include last year's carried-over requests, as some
     *                         reports count them among those received
     * @param values           the table cells whose sum it states, empty where the table is missing
     */
    private record Claim(String id, String keyword, Pattern pattern, Location cells, boolean withCarriedOver,
                         Function<Report, Optional<List<Value>>> values) {
    }
}
