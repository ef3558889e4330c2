package io.github.gongkai.internal.parsers.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The block of labelled fields crawlers write above the text they kept ({@code 标题: …}, {@code 发布时间: …},
 * {@code 原文链接: …}), usually closed by a separator line ({@code ===== 正文 =====}). Its values describe the
 * file, not the report's text: they go to the document's metadata and the lines are blanked, so that the
 * report's lines keep their numbers.
 *
 * @param title       the 标题, empty where none
 * @param publishDate the 发布时间 or 日期 as written, empty where none
 * @param publisher   the 发布机构, 发文机关 or 来源, empty where none
 * @param url         the 原文链接, 链接 or URL, empty where none
 * @param text        the text with the header's lines blank
 */
record CrawlerHeader(String title, String publishDate, String publisher, String url, String text) {
    /** A labelled field; the colon half- or full-width. */
    private static final Pattern FIELD = Pattern.compile("[\\s\\u3000]*([\\p{IsHan}A-Za-z]{2,6})[\\s\\u3000]*[:：]"
            + "[\\s\\u3000]*(.*?)[\\s\\u3000]*");
    /** A separator: a run of marks, possibly around a word ({@code ==== 正文 ====}, {@code ----------}). */
    private static final Pattern SEPARATOR = Pattern.compile(
            "[\\s\\u3000]*[=\\-—_*#~─━]{3,}[\\s\\u3000]*(?:\\p{IsHan}{0,6}[\\s\\u3000]*[=\\-—_*#~─━]{3,})?[\\s\\u3000]*");
    private static final Pattern TITLE = Pattern.compile("标题|题目|文章标题|名称");
    private static final Pattern DATE = Pattern.compile("发布时间|发布日期|日期|时间|成文日期|发文日期");
    private static final Pattern PUBLISHER = Pattern.compile("发布机构|发文机关|发布单位|来源|信息来源");
    private static final Pattern URL = Pattern.compile("原文链接|原文地址|链接|网址|URL|url|Url|地址");
    /** Other fields crawlers keep: 索引号, 文号, 分类 and the like; they mark the header without a value for us. */
    private static final Pattern OTHER = Pattern.compile("索引号|文号|发文字号|主题分类|分类|栏目|关键词|作者|编号|抓取时间|采集时间");
    /** Fewer labelled lines than this are a report's own line ({@code 发布日期:2024-01-22} above its title). */
    private static final int MIN_FIELDS = 2;
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    /** The header at the start of the text, or a header of empty fields and the text unchanged where none is. */
    static CrawlerHeader of(String text) {
        String[] lines = LINE_BREAK.split(text, -1);
        String title = "";
        String date = "";
        String publisher = "";
        String url = "";
        int fields = 0;
        int end = 0;
        boolean titled = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (SEPARATOR.matcher(line).matches()) {
                end = fields >= MIN_FIELDS ? i + 1 : end;
                break;
            }
            Matcher field = FIELD.matcher(line);
            if (!field.matches()) {
                break;
            }
            String label = field.group(1);
            String value = field.group(2);
            if (TITLE.matcher(label).matches()) {
                title = value;
                titled = true;
            } else if (DATE.matcher(label).matches()) {
                date = value;
            } else if (PUBLISHER.matcher(label).matches()) {
                publisher = value;
            } else if (URL.matcher(label).matches()) {
                url = value;
            } else if (!OTHER.matcher(label).matches()) {
                break;
            }
            fields++;
            end = i + 1;
        }
        if (fields < MIN_FIELDS || !titled && url.isEmpty()) {
            return new CrawlerHeader("", "", "", "", text);
        }
        return new CrawlerHeader(title, date, publisher, url.contains(".") ? url : "", blank(text, lines, end));
    }

    /** The text with its first lines empty, line breaks kept. */
    private static String blank(String text, String[] lines, int count) {
        int at = 0;
        for (int i = 0; i < count; i++) {
            at += lines[i].length();
            at += text.startsWith("\r\n", at) ? 2 : 1;
        }
        return "\n".repeat(count) + text.substring(Math.min(at, text.length()));
    }
}
