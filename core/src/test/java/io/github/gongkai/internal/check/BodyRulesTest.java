package io.github.gongkai.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.model.AnomalyCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BodyRulesTest {
    private static final String REQUEST = "2022年,我县共收到";

    private static Findings findings(String inserted) {
        return SampleReport.findings(SampleReport.text().replace(REQUEST, "2022年," + inserted + "共收到"),
                new BodyRules());
    }

    @Test
    void namesAreSplitIntoPlaceLevelAndType() {
        assertEquals(Optional.of(new BodyRules.Body("清河", "县", "人民政府")), BodyRules.parse("清河县人民政府"));
        assertEquals(Optional.of(new BodyRules.Body("新关", "镇", "人民政府")), BodyRules.parse("石门县新关镇人民政府"));
        assertEquals(Optional.of(new BodyRules.Body("临川", "市", "市场监督管理局")), BodyRules.parse("临川市市场监督管理局"));
        assertEquals(Optional.of(new BodyRules.Body("城关", "街道", "办事处")), BodyRules.parse("武陵区城关街道办事处"));
    }

    @Test
    void theBodyItselfIsSilent() {
        assertEquals(List.of(), findings("清河县人民政府").anomalies());
    }

    @Test
    void aNeighbourOfTheSameLevelAndTypeIsFlagged() {
        assertEquals(List.of(AnomalyCode.BODY_MISMATCH), SampleReport.codes(findings("河西县人民政府")));
    }

    @Test
    void parentsOtherTypesOfficesAndUnnamedReferencesAreSilent() {
        String others = "江城市人民政府、河西县教育局、河西县人民政府办公室、各县人民政府、市县人民政府和我县";
        assertEquals(List.of(), findings(others).anomalies());
    }

    @Test
    void titlesOfOtherDocumentsAreSilent() {
        assertEquals(List.of(), findings("参照《河西县人民政府2022年政务公开工作要点》,我县").anomalies());
    }

    @Test
    void visitsJointWorkAndFormerNamesAreSilent() {
        for (String visit : List.of("河西县人民政府来我县交流政务公开工作经验,", "我县赴河西县人民政府学习,",
                "与河西县人民政府联合开展培训,", "原河西县人民政府档案已移交,")) {
            assertEquals(List.of(), findings(visit).anomalies(), visit);
        }
    }
}
