package io.github.gongkai.internal.parsers.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A crawler's header block goes to the metadata and leaves its lines blank; a report's own lines stay. */
class CrawlerHeaderTest {
    private static final String REPORT = "青山区2023年度政府信息公开工作年度报告\n一、总体情况\n";

    @ParameterizedTest
    @ValueSource(strings = {
        "标题: 青山区2023年度政府信息公开工作年度报告\n发布时间: 2024-01-30 09:12\n发布机构:\n"
                + "原文链接: https://www.example.gov.cn/zwgk/t20240130_1234.html\n==================== 正文 ====================\n",
        "标题：青山区2023年度政府信息公开工作年度报告\n索引号：QS-2024-00012\n日期：2024-01-30 09:12\n来源：\n"
                + "URL：https://www.example.gov.cn/zwgk/t20240130_1234.html\n\n----------------------------------------\n",
        "标题: 青山区2023年度政府信息公开工作年度报告\n链接: https://www.example.gov.cn/zwgk/t20240130_1234.html\n"
                + "发布时间: 2024-01-30 09:12\n\n"})
    void headerFieldsAreMetadataAndItsLinesBlank(String header) {
        CrawlerHeader read = CrawlerHeader.of(header + REPORT);
        assertEquals("青山区2023年度政府信息公开工作年度报告", read.title());
        assertEquals("2024-01-30 09:12", read.publishDate());
        assertEquals("https://www.example.gov.cn/zwgk/t20240130_1234.html", read.url());
        assertEquals("", read.publisher());
        assertEquals(header.split("\n", -1).length, read.text().split("\n", -1).length - REPORT.split("\n", -1).length + 1,
                "line numbers are kept");
        assertEquals(REPORT, read.text().strip() + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"发布机构: 青山县发展和改革局", "发文机关：青山县发展和改革局"})
    void publisherIsKept(String field) {
        CrawlerHeader read = CrawlerHeader.of("标题: 2023年政府信息公开工作年度报告\n" + field + "\n=====\n" + REPORT);
        assertEquals("青山县发展和改革局", read.publisher());
    }

    @ParameterizedTest
    @ValueSource(strings = {"发布日期:2024-01-22\n青山镇人民政府\n" + REPORT, REPORT,
        "日期: 2024-01-22\n来源: 青山区人民政府\n" + REPORT})
    void reportsOwnOpeningLinesAreNoHeader(String text) {
        CrawlerHeader read = CrawlerHeader.of(text);
        assertEquals(text, read.text());
        assertEquals("", read.title());
    }
}
