package org.zongzhi.casehandling.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zongzhi.casehandling.process.ProcessVariables.MATTER_TYPE;
import static org.zongzhi.casehandling.process.ProcessVariables.TOWNSHIP_CODE;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The routing table bpmn/route-case.dmn: 属事 first, else 属地. */
class RouteCaseDecisionTest {

    private static DmnEngine engine;
    private static DmnDecision routeCase;

    @BeforeAll
    static void parseDecisionTable() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = Files.newInputStream(Path.of("bpmn", "route-case.dmn"))) {
            routeCase = engine.parseDecision("routeCase", dmn);
        }
    }

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource(textBlock = """
            劳动争议,         SFX-CG, RSJ
            医疗纠纷,         SFX-DH, WJJ
            物业纠纷,         SFX-XS, ZJJ
            土地纠纷,         SFX-CG, ZRZYJ
            山林权属纠纷,     SFX-XS, ZRZYJ
            征地拆迁纠纷,     SFX-DH, ZRZYJ
            农村土地承包纠纷, SFX-DH, NYNCJ
            交通事故纠纷,     SFX-CG, GAJ
            涉法涉诉,         SFX-XS, FY
            城市管理纠纷,     SFX-CG, CGJ
            社会救助,         SFX-DH, MZJ
            劳动争议,         ,       RSJ
            """)
    void mattersThatBelongToADepartmentGoToThatDepartment(String matterType, String township, String unit) {
        assertThat(route(matterType, township))
                .containsEntry("leadUnit", unit)
                .containsEntry("routeBasis", "MATTER");
    }

    @ParameterizedTest(name = "{0} ({1}) → 属地")
    @CsvSource(textBlock = """
            婚姻家庭纠纷, SFX-CG
            邻里纠纷,     SFX-DH
            消费纠纷,     SFX-XS
            其他,         SFX-CG
            未列入目录,   SFX-XS
            ,             SFX-DH
            """)
    void otherMattersGoToTheTownshipCentreWhereTheCaseArose(String matterType, String township) {
        assertThat(route(matterType, township))
                .containsEntry("leadUnit", township)
                .containsEntry("routeBasis", "TERRITORY");
    }

    @ParameterizedTest(name = "{0} without a township → no lead unit")
    @CsvSource({"邻里纠纷", "其他"})
    void aTerritoryMatterWithoutTownshipLeavesTheLeadUnitToTheAssessor(String matterType) {
        assertThat(route(matterType, null))
                .containsEntry("leadUnit", null)
                .containsEntry("routeBasis", "TERRITORY");
    }

    private static Map<String, Object> route(String matterType, String townshipCode) {
        return engine.evaluateDecisionTable(routeCase, Variables.createVariables()
                        .putValue(MATTER_TYPE, matterType)
                        .putValue(TOWNSHIP_CODE, townshipCode))
                .getSingleResult()
                .getEntryMap();
    }
}
