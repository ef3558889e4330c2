package io.github.gongkai.view;

import io.github.gongkai.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The frame of a page: its style and script inline, and a Content-Security-Policy that allows those two by
 * their hashes and nothing else (no other script, no remote load, images only from {@code data:}), so that
 * even markup that slipped past escaping could neither run nor call out.
 */
final class Page {
    private final String style;
    private final String script;
    private final String policy;

    private Page(String style, String script) {
        this.style = style;
        this.script = script;
        this.policy = "default-src 'none'; img-src data:; style-src '" + hash(style) + "'; script-src '" + hash(script)
                + "'; base-uri 'none'; form-action 'none'";
    }

    static final Page REPORT = new Page(resource("view.css"), resource("report.js"));
    static final Page INDEX = new Page(resource("view.css"), resource("index.js"));

    void open(StringBuilder out, String title, Language language) {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(language == Language.ZH ? "zh-CN" : "en")
                .append("\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(policy).append("\">")
                .append("<meta name=\"referrer\" content=\"no-referrer\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.escape(title)).append("</title><style>").append(style)
                .append("</style></head><body>");
    }

    void close(StringBuilder out) {
        out.append("<script>").append(script).append("</script></body></html>\n");
    }

    private static String resource(String name) {
        try (InputStream in = Page.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
