package io.github.gongkai.internal.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.gongkai.model.ActiveItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Table A item labels are recognised as reports print them, typos included, and nothing else is. */
class ActiveDisclosureTemplateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "规章, RULES",
        "行政规范性文件, NORMATIVE_DOCUMENTS",
        "2.规范性文件, NORMATIVE_DOCUMENTS",
        "规范姓文件, NORMATIVE_DOCUMENTS",
        "其他对外管理服务, OTHER_SERVICES",
        "行政事业收费, FEES",
        "政府集中釆购, PROCUREMENT",
        "行政处罚, PUNISHMENT",
        "行政事业性收费(万元), FEES",
        "行政许可(本年处理决定数量), LICENSING",
    })
    void namesItsItem(String label, ActiveItem item) {
        assertEquals(item, ActiveDisclosureTemplate.item(label));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"信息内容", "第二十条第(五)项", "行政复议", "属于行政执法案卷", "规则", "行政处理"})
    void namesNoItem(String label) {
        assertNull(ActiveDisclosureTemplate.item(label));
    }
}
