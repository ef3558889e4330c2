package io.github.gongkai.internal.check;

import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.Section;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the copy is likely the authoritative original: text that carried pinyin annotations, or an address
 * outside the government's domains (.gov.cn), marks a mirror; an advertisement printed over the report's words
 * marks a hijacked one.
 */
final class SourceRules implements Rule {
    /**
     * Words of gambling advertisements that hijacked mirrors print over a report's words (澳门新葡京娱乐城,
     * 百家乐, 真人荷官), with the words before them that make up the site's name. None of them belongs in a
     * disclosure report; words a report may use (福利彩票, a 棋牌室 licence, 金沙 as a place) are not among them.
     */
    private static final List<String> WORDS = List.of("葡京", "娱乐城", "娱乐场", "博彩", "赌场", "百家乐", "老虎机",
            "真人荷官", "时时彩", "六合彩", "体育投注", "网上赌", "线上赌");
    private static final int NAME_BEFORE = 3;
    static final Pattern ADVERTISEMENT = Pattern.compile("\\p{IsHan}{0," + NAME_BEFORE + "}(?:"
            + String.join("|", WORDS) + ")(?:娱乐城|娱乐场|国际|官网)?");

    @Override
    public void check(ReportContext context, Findings findings) {
        Report report = context.report();
        if (context.observations().pinyinAnnotated()) {
            findings.add(Anomaly.of(AnomalyCode.PINYIN_MIRROR, AnomalyCode.PINYIN_MIRROR.message(), Location.REPORT, ""));
        }
        advertisement(report).ifPresent(quote -> findings.add(Anomaly.of(AnomalyCode.HIJACKED_COPY, new Message(
                "advertisement " + quote + " in the text: words of the report may have been replaced",
                "正文中出现广告字符串“" + quote + "”,报告的部分文字可能已被替换"), Location.REPORT, quote)));
        String url = report.source().url();
        Optional<String> host = host(url);
        if (host.isPresent() && !isGovernment(host.get())) {
            findings.add(Anomaly.of(AnomalyCode.MIRROR_URL, new Message(
                    "published at " + host.get() + ", not on a government domain (.gov.cn)",
                    "发布于" + host.get() + ",不在政府网站域名(.gov.cn)下"), Location.REPORT, url));
        }
    }

    /** The first advertisement in the title, a heading or the text of the report, if any. */
    private static Optional<String> advertisement(Report report) {
        Optional<String> found = advertisement(report.info().title());
        for (int i = 0; found.isEmpty() && i < report.sections().size(); i++) {
            Section section = report.sections().get(i);
            found = advertisement(section.title() + "\n" + section.text());
        }
        return found;
    }

    /**
     * The first advertisement in a text. The expression, tried at every character, was the checks' costliest
     * step; it now starts where it must match, before the first of its words that the text holds: no match
     * starts earlier, since one would have to run over the Chinese characters before that word.
     */
    static Optional<String> advertisement(String text) {
        int word = firstWord(text);
        if (word < 0) {
            return Optional.empty();
        }
        int start = word;
        for (int before = 0; before < NAME_BEFORE && start > 0 && isHan(text.codePointBefore(start)); before++) {
            start -= Character.charCount(text.codePointBefore(start));
        }
        Matcher matcher = ADVERTISEMENT.matcher(text);
        return matcher.find(start) ? Optional.of(matcher.group()) : Optional.empty();
    }

    /** Where the first of the advertisements' words starts in the text, or -1. */
    private static int firstWord(String text) {
        int first = -1;
        for (String word : WORDS) {
            int at = text.indexOf(word);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    static boolean isGovernment(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("gov.cn") || name.endsWith(".gov.cn");
    }

    /** The host of an absolute address; empty where there is none or it cannot be read. */
    static Optional<String> host(String url) {
        if (url.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(new URI(url.strip()).getHost()).filter(h -> !h.isEmpty());
        } catch (URISyntaxException unreadable) {
            return Optional.empty();
        }
    }
}
