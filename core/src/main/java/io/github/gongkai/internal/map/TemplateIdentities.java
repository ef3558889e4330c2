package io.github.gongkai.internal.map;

import io.github.gongkai.internal.template.ApplicationsTemplate;
import io.github.gongkai.internal.template.ReviewLitigationTemplate;
import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.CaseGroup;
import io.github.gongkai.model.CaseOutcome;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The template's identities as the mapping uses them to read rows whose cells do not line up: those the checks
 * test (see the check package), over the rows a table was found to have. An identity over a row the table lacks
 * cannot be assessed and is left out.
 */
final class TemplateIdentities {
    /** The leaves of the six applicant columns 总计 sums. */
    private static final List<Integer> APPLICANTS = ApplicationsTemplate.APPLICANT_COLUMNS.stream()
            .filter(applicant -> applicant != Applicant.TOTAL).map(ApplicationsTemplate::leaf).toList();
    /** The four outcomes a group's 总计 sums. */
    private static final List<CaseOutcome> OUTCOMES = ReviewLitigationTemplate.OUTCOME_COLUMNS.stream()
            .filter(outcome -> outcome != CaseOutcome.TOTAL).toList();

    private TemplateIdentities() {
    }

    /**
     * Table B's: each row's 总计 is the sum of the six applicant columns; in each column (七)总计 is the sum of the
     * outcomes and 一 + 二 = (七)总计 + 四. Columns are the applicants' leaves.
     *
     * @param rows the rows found, in the order given to the search
     */
    static List<Identity> applications(List<RowKey> rows) {
        List<Identity> identities = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            identities.add(Identity.rowSum(r, APPLICANTS, ApplicationsTemplate.leaf(Applicant.TOTAL)));
        }
        // The template is not known yet: the (六) sub-rows are the 2021 template's, the (六) row alone the 2019's.
        boolean subRows = rows.stream().anyMatch(ApplicationsTemplate.OTHER_SUB_ROWS::contains);
        List<RowKey> outcomes = ApplicationsTemplate.outcomeRows(subRows ? Template.T2021 : Template.T2019);
        for (Applicant applicant : Applicant.values()) {
            int column = ApplicationsTemplate.leaf(applicant);
            if (rows.containsAll(outcomes) && rows.contains(RowKey.TOTAL_PROCESSED)) {
                identities.add(new Identity(refs(rows, outcomes, column), refs(rows, List.of(RowKey.TOTAL_PROCESSED), column)));
            }
            List<RowKey> balance = List.of(RowKey.NEWLY_RECEIVED, RowKey.CARRIED_OVER, RowKey.TOTAL_PROCESSED,
                    RowKey.CARRIED_FORWARD);
            if (rows.containsAll(balance)) {
                identities.add(new Identity(refs(rows, balance.subList(0, 2), column), refs(rows, balance.subList(2, 4), column)));
            }
        }
        return identities;
    }

    /** Table C's printed as one row of fifteen leaves: each group's 总计 is the sum of its four outcomes. */
    static List<Identity> reviewLitigation() {
        List<Identity> identities = new ArrayList<>();
        for (CaseGroup group : CaseGroup.values()) {
            identities.add(Identity.rowSum(0, OUTCOMES.stream().map(o -> ReviewLitigationTemplate.leaf(group, o)).toList(),
                    ReviewLitigationTemplate.leaf(group, CaseOutcome.TOTAL)));
        }
        return identities;
    }

    /** Table C's printed one row per group: each row's 总计 is the sum of its four outcomes. */
    static List<Identity> reviewLitigationByGroup(int rows) {
        List<Integer> outcomes = OUTCOMES.stream().map(ReviewLitigationTemplate::leaf).toList();
        return IntStream.range(0, rows)
                .mapToObj(r -> Identity.rowSum(r, outcomes, ReviewLitigationTemplate.leaf(CaseOutcome.TOTAL))).toList();
    }

    private static List<Identity.Ref> refs(List<RowKey> rows, List<RowKey> keys, int column) {
        return keys.stream().map(key -> new Identity.Ref(rows.indexOf(key), column)).toList();
    }
}
