package io.github.gongkai.internal.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.document.PipeText;
import io.github.gongkai.internal.text.NormalizedDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionLocatorTest {

    private static List<String> found(String text) {
        List<Line> lines = Lines.of(NormalizedDocument.of(PipeText.read(text)));
        return SectionLocator.sections(lines).stream().map(h -> h.number() + ":" + h.title()).toList();
    }

    @Test
    void toleratesWidthsSpacingAndSeparators() {
        assertEquals(List.of("1:总体情况", "2:主动公开政府信息情况", "3:收到和处理政府信息公开申请情况",
                        "4:政府信息公开行政复议、行政诉讼情况", "5:存在的主要问题及改进情况", "6:其他需要报告的事项"),
                found("一、 总体情况\n正文。\n二．主动公开政府信息情况\n三.收到和处理政府信息公开申请情况\n"
                        + "四 、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n"));
    }

    @Test
    void wordingDriftStillNamesTheSection() {
        assertEquals(List.of("5:存在的主要问题及改进措施", "6:其他需要报告的事项"),
                found("五、存在的主要问题及改进措施\n六、其他需要报告的事项\n"));
    }

    @Test
    void headingsThatLostTheirNumbersAreFoundByTheirTitles() {
        assertEquals(List.of("1:总体情况", "2:主动公开政府信息情况", "3:收到和处理政府信息公开申请情况", "6:其他需要报告的事项"),
                found("一、总体情况\n正文。\n主动公开政府信息情况\n3.收到和处理政府信息公开申请情况\n其他需要报告的事项\n"));
    }

    @Test
    void subsectionRepeatingASectionTitleDoesNotHeadTheSection() {
        assertEquals(List.of("1:总体情况", "2:主动公开政府信息情况"),
                found("一、总体情况\n(二)主动公开政府信息情况\n2.主动公开政府信息情况\n二、主动公开政府信息情况\n"));
        assertEquals(List.of("1:总体情况"), found("一、总体情况\n(二)主动公开政府信息情况\n正文。\n"));
    }

    @Test
    void enumerationsAndItemsAreNotSections() {
        assertEquals(List.of("1:总体情况", "5:存在的主要问题及改进情况"),
                found("一、总体情况\n一是加强组织领导。\n二是规范信息公开。\n五、存在的主要问题及改进情况\n"
                        + "一、加强培训\n二、完善制度\n"));
    }

    @Test
    void headingInsideATableIsNotASection() {
        assertEquals(List.of("1:总体情况"), found("一、总体情况\n三、本年度办理结果 | (一)予以公开 | 0 |\n"));
    }

    @Test
    void headingRunningIntoItsTextIsSplit() {
        List<Line> lines = Lines.of(NormalizedDocument.of(PipeText.read("一、总体情况2022年以来,我局高度重视。\n")));
        Heading heading = SectionLocator.sections(lines).get(0);
        assertEquals("总体情况", heading.title());
        assertEquals("2022年以来,我局高度重视。", heading.rest());
    }

    @Test
    void headingRunOnAfterASentenceIsFound() {
        assertEquals(List.of("1:总体情况", "2:主动公开政府信息情况"),
                found("一、总体情况\n公开工作有序推进。二、主动公开政府信息情况\n"));
    }

    @Test
    void subsectionsAreNumberedConsecutively() {
        List<Line> lines = Lines.of(NormalizedDocument.of(PipeText.read("(一)主动公开\n文本。\n(二)依申请公开\n(四)跳号\n(三)政府信息管理\n")));
        assertEquals(List.of("主动公开", "依申请公开", "政府信息管理"),
                SectionLocator.subsections(lines, 0, lines.size()).stream().map(Heading::title).toList());
    }

    @Test
    void firstSectionRunOnAfterASentenceIsFound() {
        assertEquals(List.of("1:总体情况", "2:主动公开政府信息情况"),
                found("现将2023年度工作情况报告如下。一、总体情况\n公开工作有序推进。二、主动公开政府信息情况\n"));
    }

    @Test
    void subsectionTitleRunningIntoItsTextEndsBeforeTheYearItOpensWith() {
        List<Line> lines = Lines.of(NormalizedDocument.of(PipeText.read("(一)主动公开2023年,我县主动公开政府信息120条,其中政策文件30条。\n")));
        Heading heading = SectionLocator.subsections(lines, 0, lines.size()).get(0);
        assertEquals("主动公开", heading.title());
        assertEquals("2023年,我县主动公开政府信息120条,其中政策文件30条。", heading.rest());
    }
}
