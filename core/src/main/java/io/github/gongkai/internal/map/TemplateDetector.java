package io.github.gongkai.internal.map;

import io.github.gongkai.internal.template.ActiveDisclosureTemplate;
import io.github.gongkai.internal.template.ApplicationsTemplate;
import io.github.gongkai.model.ActiveItem;
import io.github.gongkai.model.Applicant;
import io.github.gongkai.model.Measure;
import io.github.gongkai.model.RowKey;
import io.github.gongkai.model.Template;
import io.github.gongkai.model.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Decides which template a report follows from what its tables print (the 2019 template's table A measures
 * and items, the 2021 template's sub-rows under (六)); the year decides only where the tables do not.
 */
final class TemplateDetector {
    private TemplateDetector() {
    }

    static Optional<Template> detect(List<ActiveDisclosureMapper.ItemRow> items,
                                     Map<RowKey, Map<Applicant, Value>> applications, boolean reviewLitigation,
                                     OptionalInt year) {
        int votes2019 = 0;
        int votes2021 = 0;
        for (ActiveDisclosureMapper.ItemRow row : items) {
            if (row.item().filter(item -> item == ActiveItem.OTHER_SERVICES || item == ActiveItem.PROCUREMENT).isPresent()) {
                votes2019++;
            }
            for (Measure measure : row.headerMeasures()) {
                Template template = ActiveDisclosureTemplate.templateOf(measure);
                if (template == Template.T2019) {
                    votes2019++;
                } else if (template == Template.T2021) {
                    votes2021++;
                }
            }
        }
        boolean subRows = applications.keySet().stream().anyMatch(ApplicationsTemplate.OTHER_SUB_ROWS::contains);
        if (subRows) {
            votes2021 += 2;
        } else if (applications.containsKey(RowKey.OTHER)) {
            votes2019 += 2;
        }
        if (votes2019 != votes2021) {
            return Optional.of(votes2019 > votes2021 ? Template.T2019 : Template.T2021);
        }
        if (year.isEmpty()) {
            boolean tables = !items.isEmpty() || !applications.isEmpty() || reviewLitigation;
            return tables ? Optional.of(Template.T2021) : Optional.empty();
        }
        int y = year.getAsInt();
        return Optional.of(y < 2019 ? Template.LEGACY : y <= 2020 ? Template.T2019 : Template.T2021);
    }
}
