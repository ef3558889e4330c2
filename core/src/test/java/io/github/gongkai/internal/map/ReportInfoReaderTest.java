package io.github.gongkai.internal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.document.Metadata;
import io.github.gongkai.document.Origin;
import io.github.gongkai.internal.locate.Line;
import io.github.gongkai.internal.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The issuing body and the year come from the title first, whatever shape it has; the narrative comes last. */
class ReportInfoReaderTest {
    /** A narrative naming other bodies more often than the issuer, and years other than the report's. */
    private static final List<Line> NARRATIVE = lines(
            "在省政府办公厅和国务院办公厅的指导下,区党工委管委会高度重视政务公开。",
            "省政府办公厅印发工作要点,国务院办公厅政府信息与政务公开办公室开展培训,管委会中心负责网站维护。",
            "2021年工作中存在问题的改进情况:已完成整改。2024年,将继续深化公开,2024年计划完善平台。");

    private static List<Line> lines(String... texts) {
        return Arrays.stream(texts).map(text -> new Line(text, Normalizer.normalize(text), Origin.UNKNOWN, 0)).toList();
    }

    private static Optional<String> body(String title, List<Line> narrative) {
        return ReportInfoReader.body(Normalizer.normalize(title), Metadata.EMPTY, List.of(), narrative);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "平潭综合实验区2023年度政府信息公开工作年度报告|平潭综合实验区|2023",
        "水利部关于2022年政府信息公开工作年度报告|水利部|2022",
        "青山区2023年度政府信息公开工作年度报告|青山区|2023",
        "2023年青山县发展和改革局政府信息公开工作年度报告|青山县发展和改革局|2023",
        "国家林业和草原局2022年政府信息公开工作年度报告|国家林业和草原局|2022",
        "青山县白石镇人民政府2021年度政府信息公开年报|青山县白石镇人民政府|2021",
        "青山县人民政府政府信息公开工作年度报告（2023年度）|青山县人民政府|2023",
        "青山县人民政府关于2022年政府信息公开工作情况的报告|青山县人民政府|2022",
        "青山新区2024年政府信息公开工作年度报告|青山新区|2024",
        "青山经济技术开发区管委会2023年政府信息公开工作年度报告|青山经济技术开发区管委会|2023",
        "青山高新区管理委员会2023年度政府信息公开工作年度报告|青山高新区管理委员会|2023",
        "青山区城关街道2023年政府信息公开工作年度报告|青山区城关街道|2023",
        "青山区城关街道办事处2023年度政府信息公开工作年度报告|青山区城关街道办事处|2023",
        "白石镇2023年政府信息公开工作年度报告|白石镇|2023",
        "青山县白沙乡人民政府2023年政府信息公开工作年度报告|青山县白沙乡人民政府|2023",
        "青山区政府信息公开工作年度报告（2023年）|青山区|2023",
        "青山县2023年全县政府信息公开工作年度报告|青山县|2023",
        "二〇二三年度青山县教育局政府信息公开工作年度报告|青山县教育局|2023",
        "中华人民共和国水利部2022年政府信息公开工作年度报告|中华人民共和国水利部|2022",
        "青山县教育体育局2023年度部门政府信息公开工作年度报告|青山县教育体育局|2023",
        "青山县人民政府年度政府信息公开工作报告(2023年)|青山县人民政府|2023",
        "青山县人民政府办公室关于青山县2023年政府信息公开工作年度报告|青山县人民政府办公室|2023"})
    void titleNamesTheBodyAndTheYear(String title, String body, int year) {
        assertEquals(Optional.of(body), body(title, NARRATIVE));
        assertEquals(OptionalInt.of(year), ReportInfoReader.year(Normalizer.normalize(title), "", List.of(), NARRATIVE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2023年度政府信息公开工作年度报告", "政府信息公开工作年度报告", "关于2022年政府信息公开工作年度报告",
        "县本级2023年政府信息公开工作年度报告"})
    void titleWithoutANameNamesNoBody(String title) {
        assertEquals(Optional.empty(), ReportInfoReader.inTitle(Normalizer.normalize(title)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"青山县人民政府办公室 2026年1月20日", "青山县人民政府办公室\\n2026年1月20日",
        "青山县人民政府办公室\\n二〇二六年一月二十日"})
    void signatureNamesTheBodyAndDatesTheYearBeforeTheNarrative(String signature) {
        List<Line> narrative = lines((String.join("\n", NARRATIVE.stream().map(Line::text).toList()) + "\n"
                + signature.replace("\\n", "\n")).split("\n"));
        assertEquals(Optional.of("青山县人民政府办公室"), body("政府信息公开工作年度报告", narrative));
        assertEquals(OptionalInt.of(2025), ReportInfoReader.year("政府信息公开工作年度报告", "", List.of(), narrative));
    }

    @Test
    void dateLineUnderTheTitleDatesTheYear() {
        assertEquals(OptionalInt.of(2025), ReportInfoReader.year("政府信息公开工作年度报告", "",
                lines("政府信息公开工作年度报告", "（2026年1月23日）"), NARRATIVE));
    }

    @Test
    void publicationDateDatesTheYearAndAPeriodOutranksIt() {
        assertEquals(OptionalInt.of(2023), ReportInfoReader.year("", "2024-01-30 09:12", List.of(), NARRATIVE));
        List<Line> period = lines("本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。");
        assertEquals(OptionalInt.of(2022), ReportInfoReader.year("", "2024-01-30 09:12", List.of(), period));
    }

    @Test
    void publisherTheFileRecordsComesAfterTheTitleAndBeforeTheNarrative() {
        Metadata crawled = new Metadata("", "", "", 0, Set.of(), List.of(), "青山县发展和改革局", List.of());
        assertEquals(Optional.of("青山县发展和改革局"),
                ReportInfoReader.body("政府信息公开工作年度报告", crawled, List.of(), NARRATIVE));
        assertEquals(Optional.of("青山县教育局"),
                ReportInfoReader.body("青山县教育局2023年政府信息公开工作年度报告", crawled, List.of(), NARRATIVE));
    }

    @Test
    void narrativeNamesTheBodyOnlyWhereNothingElseDoes() {
        assertEquals(Optional.of("区党工委管委会"), body("政府信息公开工作年度报告", NARRATIVE));
    }
}
