package io.github.gongkai.internal.parsers.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/** The title, publication date and address a page states about itself. */
final class PageMetadata {
    /** Meta tags content-management systems use for the publication date. */
    private static final List<String> DATE_METAS = List.of("meta[name=PubDate]", "meta[name=publishdate]",
            "meta[name=firstpublishedtime]", "meta[property=article:published_time]",
            "meta[itemprop=datePublished]");
    /**
     * {@code 发布时间：2023-01-20 10:30}, {@code 发布日期：2023年1月20日}, {@code 日期：2023/01/20}. The lookahead
     * on the first characters rejects most positions of the page's whole text in one test, where the
     * alternatives alone cost a third of reading a long page.
     */
    private static final Pattern DATE_TEXT = Pattern.compile(
            "(?=[发發成更公时時日])(?:发布|發布|发文|發文|成文|更新|公开|公開)?(?:时间|時間|日期)\\s*[:：]\\s*"
                    + "(\\d{4}\\s*[-年/.]\\s*\\d{1,2}\\s*[-月/.]\\s*\\d{1,2}\\s*日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?)");

    /** A link's path ending with a document's extension, before any query. */
    private static final Pattern ATTACHMENT = Pattern.compile("\\.(?:pdf|docx?|wps|ofd|xlsx?|zip|rar)(?:[?#].*)?$",
            Pattern.CASE_INSENSITIVE);
    /** What {@link #ATTACHMENT} needs in a link: tested first, as a portal's chrome holds thousands of links. */
    private static final List<String> EXTENSIONS = List.of(".pdf", ".doc", ".wps", ".ofd", ".xls", ".zip", ".rar");
    /** What a site logo's heading holds; parsed once, as jsoup parses a query given as text at every call. */
    private static final Evaluator LOGO = Selector.evaluatorOf("a, img");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s*(?:[_|｜]|\\s[-－—]+\\s|——|－)\\s*");

    private PageMetadata() {
    }

    /** {@code ArticleTitle} meta, else the content's first heading, else a page heading, else {@code <title>}. */
    static String title(Document page, Element content, PageIndex index) {
        Optional<String> meta = metaContent(index.metas(), "meta[name=ArticleTitle]");
        if (meta.isPresent()) {
            return meta.get();
        }
        for (Element scope : List.of(content, page.body())) {
            for (Element heading : index.headingsIn(scope)) {
                // A site logo is an h1 around a link or image; the article's title is plain text.
                String text = ElementText.of(heading);
                if (text.length() >= 4 && heading.selectFirst(LOGO) == null) {
                    return text;
                }
            }
        }
        return withoutSiteName(InlineText.fold(page.title()));
    }

    /**
     * A {@code <title>} without the site's name, which sites append or prepend
     * ({@code 某县2023年政府信息公开工作年度报告_某县人民政府}): the longest of the parts.
     */
    static String withoutSiteName(String title) {
        String longest = "";
        for (String part : TITLE_SEPARATOR.split(title)) {
            if (part.strip().length() > longest.length()) {
                longest = part.strip();
            }
        }
        return longest;
    }

    /** The date as the page states it, from a meta tag or from the text around the content. */
    static String publishDate(Elements metas, BodyText bodyText) {
        for (String query : DATE_METAS) {
            Optional<String> meta = metaContent(metas, query);
            if (meta.isPresent()) {
                return meta.get();
            }
        }
        Matcher matcher = DATE_TEXT.matcher(bodyText.get());
        return matcher.find() ? matcher.group(1).strip() : "";
    }

    /** The canonical link, else {@code og:url}. */
    static String url(PageIndex index) {
        Element canonical = index.links().selectFirst("link[rel=canonical][href]");
        if (canonical != null && !canonical.attr("href").isBlank()) {
            return canonical.attr("href").strip();
        }
        return metaContent(index.metas(), "meta[property=og:url]").orElse("");
    }

    /** The addresses of the documents the content links to (the report's PDF or Word file), as written. */
    static List<String> attachments(Element content) {
        List<String> links = new ArrayList<>();
        for (Element link : content.getElementsByTag("a")) {
            String href = link.attr("href").strip();
            if (mayBeAttachment(href) && ATTACHMENT.matcher(href).find() && !links.contains(href)) {
                links.add(href);
            }
        }
        return links;
    }

    private static boolean mayBeAttachment(String href) {
        String lower = href.toLowerCase(Locale.ROOT);
        for (String extension : EXTENSIONS) {
            if (lower.contains(extension)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> metaContent(Elements metas, String query) {
        Element meta = metas.selectFirst(query + "[content]");
        if (meta == null) {
            return Optional.empty();
        }
        String value = InlineText.fold(meta.attr("content"));
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
