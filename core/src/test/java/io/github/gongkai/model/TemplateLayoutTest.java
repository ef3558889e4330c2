package io.github.gongkai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The template's table layout as a view shows it: headings above columns, groups beside rows. */
class TemplateLayoutTest {

    @Test
    void givesTheHeadingsAboveEachColumnOutermostFirst() {
        assertEquals(List.of("申请人情况"), TemplateLayout.headings(Applicant.NATURAL_PERSON));
        assertEquals(List.of("申请人情况", "法人或其他组织"), TemplateLayout.headings(Applicant.COMMERCIAL));
        assertEquals(List.of("申请人情况"), TemplateLayout.headings(Applicant.TOTAL));
        assertEquals(List.of(), TemplateLayout.headings(CaseGroup.REVIEW));
        assertEquals(List.of("行政诉讼"), TemplateLayout.headings(CaseGroup.LITIGATION_AFTER_REVIEW));
    }

    @Test
    void givesTheGroupARowSitsUnder() {
        assertEquals(Optional.of("不予公开"), TemplateLayout.group(RowKey.DENIED_STATE_SECRET));
        assertEquals(Optional.of("其他处理"), TemplateLayout.group(RowKey.OTHER_OTHER));
        assertEquals(Optional.empty(), TemplateLayout.group(RowKey.GRANTED));
    }

    @Test
    void givesEachTemplatesRowsAndItems() {
        assertFalse(TemplateLayout.applicationRows(Template.T2019).contains(RowKey.OTHER_NO_FEE));
        assertEquals(List.of(Measure.AMOUNT), TemplateLayout.activeItems(Template.T2021).get(ActiveItem.FEES));
    }
}
