package io.github.gongkai.internal.check;

import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.Report;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the copy is likely the authoritative original: text that carried pinyin annotations, or an address
 * outside the government's domains (.gov.cn), marks a mirror.
 */
final class SourceRules {
    private SourceRules() {
    }

    static void check(Report report, boolean pinyin, Findings findings) {
        if (pinyin) {
            findings.add(Anomaly.of(AnomalyCode.PINYIN_MIRROR, AnomalyCode.PINYIN_MIRROR.message(), Location.REPORT, ""));
        }
        String url = report.source().url();
        Optional<String> host = host(url);
        if (host.isPresent() && !isGovernment(host.get())) {
            findings.add(Anomaly.of(AnomalyCode.MIRROR_URL, new Message(
                    "published at " + host.get() + ", not on a government domain (.gov.cn)",
                    "发布于" + host.get() + ",不在政府网站域名(.gov.cn)下"), Location.REPORT, url));
        }
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
