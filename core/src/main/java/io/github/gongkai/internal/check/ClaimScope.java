package io.github.gongkai.internal.check;

import io.github.gongkai.model.ReportInfo;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a number the narrative states about applications or cases is the reporting body's own count for the
 * report's year, which the table holds, rather than one of the counts honest reports state beside it: a share
 * (其中受理申请5件, 区政府办代表区政府受理…, 分别…, 县政府本级收到申请20件, 通过信函方式收到申请3件), a comparison (比上年多收到申请15件),
 * another year (2021年,我县收到申请98件), another unit (县自然资源局收到申请45件, 各部门收到申请93件), an outcome
 * (法院审结行政诉讼1件), or a wider whole (受理行政复议案件86件,其中政府信息公开类5件). A clause is the text between
 * commas, semicolons and colons.
 */
final class ClaimScope {
    /**
     * Words that make a clause speak of a share: 其中 (of which), 代表 (on behalf of), 分别 (respectively), 本级 (the
     * government's own office beside its departments and towns).
     */
    private static final Pattern PART = Pattern.compile("其中|代表|分别|本级");
    /** The same words without 其中, which introduces outcomes as the share of requests they are. */
    private static final Pattern PART_NOT_OUTCOME = Pattern.compile("代表|分别|本级");
    /** One channel of several (通过信函方式收到申请3件); a clause naming channels is passed over even when it lists all. */
    private static final Pattern CHANNEL = Pattern.compile("信函|当面|网上|网络|在线|电子邮件|邮件|传真|现场");
    private static final Pattern COMPARISON = Pattern.compile("较|(?<!对)比(?!例|重|对)|相比|同期|去年|上一年");
    /** Outcomes of cases, which the table counts apart from the total (维持, 纠正, 审结). */
    private static final Pattern OUTCOME = Pattern.compile("审结|结案|维持|纠正|撤销|撤诉|撤回|驳回|败诉|胜诉|一审|二审|再审");
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)年");
    /** A unit named as the subject: a department, an office, the towns, a court (我局 and 本机关 are the body itself). */
    private static final Pattern UNIT = Pattern.compile(
            "\\p{IsHan}*?(?:局|委员会|委(?!托)|办公室|政府办|中心|部门|单位|机关|乡镇|街道|法院)");
    private static final Pattern SELF = Pattern.compile("[我本](?:局|委|办|机关|单位|部门|中心|街道)$");
    /** 其中 naming the open-government share after a count: the count is of all cases or requests. */
    private static final Pattern WIDER = Pattern.compile("^[,:;]?其中(?:涉及|因|属于|有关)?(?:政府)?信息公开");

    private ClaimScope() {
    }

    /** Whether the match from {@code start} to {@code end} in a sentence speaks of the report's own count. */
    static boolean own(String text, int start, int end, ReportInfo info) {
        return own(text, start, end, info, PART);
    }

    /**
     * Whether a count of outcomes (予以公开及部分公开258件) speaks of the report's own requests. Such a count is a share
     * of the requests by nature: 其中 before it (共收到申请275件,其中予以公开及部分公开258件) says so and no more.
     */
    static boolean ownOutcome(String text, int start, int end, ReportInfo info) {
        return own(text, start, end, info, PART_NOT_OUTCOME);
    }

    private static boolean own(String text, int start, int end, ReportInfo info, Pattern part) {
        String clause = text.substring(clauseStart(text, start), start);
        return !part.matcher(clause).find() && !CHANNEL.matcher(clause).find() && !COMPARISON.matcher(clause).find() && !OUTCOME.matcher(clause).find()
                && !otherUnit(clause, info) && !otherYear(text.substring(0, start), info)
                && !WIDER.matcher(text.substring(end)).find();
    }

    private static int clauseStart(String text, int start) {
        int at = start;
        while (at > 0 && ",;:，；：".indexOf(text.charAt(at - 1)) < 0) {
            at--;
        }
        return at;
    }

    /** The last year named before the match, when it is not the report's year, dates what follows. */
    private static boolean otherYear(String before, ReportInfo info) {
        Matcher matcher = YEAR.matcher(before);
        String last = null;
        while (matcher.find()) {
            last = matcher.group(1);
        }
        return last != null && info.year().isPresent() && Integer.parseInt(last) != info.year().getAsInt();
    }

    /** A unit other than the body names the clause's subject; the body's own name or 我局, 本机关 is the body. */
    private static boolean otherUnit(String clause, ReportInfo info) {
        if (info.body().filter(clause::contains).isPresent()) {
            return false;
        }
        Matcher matcher = UNIT.matcher(clause);
        while (matcher.find()) {
            String unit = matcher.group();
            if (!SELF.matcher(unit).find() && info.body().filter(body -> body.endsWith(unit)).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
