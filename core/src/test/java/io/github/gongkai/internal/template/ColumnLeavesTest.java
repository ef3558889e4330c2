package io.github.gongkai.internal.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.CaseGroup;
import io.github.gongkai.model.CaseOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A column's leaf names the key whose label the template prints over it, whatever order the enums declare. */
class ColumnLeavesTest {

    @Test
    void eachApplicantLeafIsTheColumnLabelledWithThatApplicant() {
        List<ColumnNode> leaves = ApplicationsTemplate.COLUMNS.leaves();
        assertEquals(Applicant.values().length, leaves.size());
        for (ColumnNode leaf : leaves) {
            Applicant applicant = ApplicationsTemplate.applicant(leaf.leaf());
            assertEquals(applicant.label(), leaf.labels().get(0));
            assertEquals(leaf.leaf(), ApplicationsTemplate.leaf(applicant));
        }
    }

    @Test
    void eachReviewLitigationLeafIsItsGroupsOutcome() {
        for (CaseGroup group : CaseGroup.values()) {
            for (CaseOutcome outcome : CaseOutcome.values()) {
                int leaf = ReviewLitigationTemplate.leaf(group, outcome);
                assertEquals(group, ReviewLitigationTemplate.group(leaf));
                assertEquals(outcome, ReviewLitigationTemplate.outcome(leaf));
            }
        }
        for (ColumnNode leaf : ReviewLitigationTemplate.OUTCOMES.leaves()) {
            assertEquals(ReviewLitigationTemplate.outcome(leaf.leaf()).label(), leaf.labels().get(0));
        }
    }

    @Test
    void groupsFollowInPrintedOrder() {
        assertEquals(CaseGroup.REVIEW, ReviewLitigationTemplate.groupAfter(null));
        assertEquals(CaseGroup.LITIGATION_DIRECT, ReviewLitigationTemplate.groupAfter(CaseGroup.REVIEW));
        assertEquals(CaseGroup.LITIGATION_AFTER_REVIEW, ReviewLitigationTemplate.groupAfter(CaseGroup.LITIGATION_DIRECT));
        assertEquals(null, ReviewLitigationTemplate.groupAfter(CaseGroup.LITIGATION_AFTER_REVIEW));
    }
}
