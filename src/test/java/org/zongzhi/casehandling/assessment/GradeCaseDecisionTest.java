package org.zongzhi.casehandling.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zongzhi.casehandling.process.ProcessVariables.AMOUNT_AT_STAKE;
import static org.zongzhi.casehandling.process.ProcessVariables.CROSS_AREA;
import static org.zongzhi.casehandling.process.ProcessVariables.GROUP_INCIDENT;
import static org.zongzhi.casehandling.process.ProcessVariables.MATTER_TYPE;
import static org.zongzhi.casehandling.process.ProcessVariables.PEOPLE_INVOLVED;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The grading table bpmn/grade-case.dmn as an administrator ships it, evaluated by the real DMN engine. */
class GradeCaseDecisionTest {

    private static DmnEngine engine;
    private static DmnDecision gradeCase;

    @BeforeAll
    static void parseDecisionTable() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = Files.newInputStream(Path.of("bpmn", "grade-case.dmn"))) {
            gradeCase = engine.parseDecision("gradeCase", dmn);
        }
    }

    @ParameterizedTest(name = "{0}, {1} 人, {2} 元, 群体性 {3}, 跨区域 {4} → 重大, 领导包案")
    @CsvSource(textBlock = """
            邻里纠纷,     50,         0,    false, false
            劳动争议,     200,        ,     ,
            其他,         0,          1000000, false, false
            物业纠纷,     ,           2500000.5, ,
            土地纠纷,     30,         0,    true,  false
            邻里纠纷,     45,         0,    true,  true
            征地拆迁纠纷, 1,          0,    false, true
            征地拆迁纠纷, ,           ,     ,      true
            """)
    void fiftyPeopleAMillionYuanOrThirtyInAGroupMakeASignificantCaseForALeader(
            String matterType, Long people, Double amount, Boolean group, Boolean crossArea) {
        assertThat(grade(matterType, people, amount, group, crossArea))
                .containsEntry("grade", "SIGNIFICANT")
                .containsEntry("mode", "LEADER");
    }

    @ParameterizedTest(name = "{0}, {1} 人, {2} 元, 群体性 {3}, 跨区域 {4} → 较大, {5}")
    @CsvSource(textBlock = """
            邻里纠纷,     49,        0,         false, false, TRANSFER
            其他,         0,         999999.99, false, false, TRANSFER
            土地纠纷,     29,        0,         true,  false, JOINT
            劳动争议,     30,        0,         false, false, TRANSFER
            征地拆迁纠纷, 1,         0,         false, false, TRANSFER
            医疗纠纷,     1,         0,         false, true,  JOINT
            """)
    void justBelowTheSignificantThresholdsACaseIsMajor(
            String matterType, Long people, Double amount, Boolean group, Boolean crossArea, String mode) {
        assertThat(grade(matterType, people, amount, group, crossArea))
                .containsEntry("grade", "MAJOR")
                .containsEntry("mode", mode);
    }

    @ParameterizedTest(name = "{0}, {1} 人, {2} 元, 群体性 {3}, 跨区域 {4} → 较大, {5}")
    @CsvSource(textBlock = """
            劳动争议,     3,   0,        true,  false, JOINT
            邻里纠纷,     2,   0,        true,  false, JOINT
            劳动争议,     1,   0,        false, true,  JOINT
            婚姻家庭纠纷, 1,   0,        ,      true,  JOINT
            劳动争议,     10,  0,        false, false, TRANSFER
            邻里纠纷,     10,  0,        ,      ,      TRANSFER
            劳动争议,     1,   100000,   false, false, TRANSFER
            消费纠纷,     1,   100000,   ,      ,      TRANSFER
            医疗纠纷,     1,   0,        false, false, TRANSFER
            征地拆迁纠纷, ,    ,         ,      ,      TRANSFER
            涉法涉诉,     1,   0,        false, false, TRANSFER
            """)
    void groupOrCrossAreaCasesAreMajorAndHandledJointlyOtherMajorCasesAreTransferred(
            String matterType, Long people, Double amount, Boolean group, Boolean crossArea, String mode) {
        assertThat(grade(matterType, people, amount, group, crossArea))
                .containsEntry("grade", "MAJOR")
                .containsEntry("mode", mode);
    }

    @ParameterizedTest(name = "{0}, {1} 人, {2} 元 → 一般, 当场调解")
    @CsvSource(textBlock = """
            邻里纠纷,     2, 4999.99
            婚姻家庭纠纷, 1, 0
            消费纠纷,     2, 0
            邻里纠纷,     0, 4999
            邻里纠纷,     ,
            消费纠纷,     ,  100
            """)
    void smallNeighbourFamilyAndConsumerDisputesAreGeneralAndMediatedOnSpot(
            String matterType, Long people, Double amount) {
        assertThat(grade(matterType, people, amount, false, false))
                .containsEntry("grade", "GENERAL")
                .containsEntry("mode", "ON_SPOT");
    }

    @ParameterizedTest(name = "{0}, {1} 人, {2} 元 → 一般, 转办")
    @CsvSource(textBlock = """
            邻里纠纷,     3,  0
            婚姻家庭纠纷, 2,  5000
            消费纠纷,     9,  99999.99
            劳动争议,     9,  0
            劳动争议,     1,  99999.99
            物业纠纷,     2,  0
            其他,         ,
            ,             ,
            """)
    void everythingElseIsAGeneralCaseForTransfer(String matterType, Long people, Double amount) {
        assertThat(grade(matterType, people, amount, null, null))
                .containsEntry("grade", "GENERAL")
                .containsEntry("mode", "TRANSFER");
    }

    @Test
    void absentFactsCountAsNoneSoASimpleNeighbourDisputeIsMediatedOnSpot() {
        Map<String, Object> result = evaluate(Variables.createVariables().putValue(MATTER_TYPE, "邻里纠纷"));

        assertThat(result).containsEntry("grade", "GENERAL").containsEntry("mode", "ON_SPOT");
    }

    @Test
    void countsAndAmountsArriveAsAnyNumberType() {
        Map<String, Object> result = evaluate(Variables.createVariables()
                .putValue(MATTER_TYPE, "邻里纠纷")
                .putValue(PEOPLE_INVOLVED, 50)
                .putValue(AMOUNT_AT_STAKE, 0L));

        assertThat(result).containsEntry("grade", "SIGNIFICANT").containsEntry("mode", "LEADER");
    }

    private static Map<String, Object> grade(
            String matterType, Long people, Double amount, Boolean group, Boolean crossArea) {
        return evaluate(Variables.createVariables()
                .putValue(MATTER_TYPE, matterType)
                .putValue(PEOPLE_INVOLVED, people)
                .putValue(AMOUNT_AT_STAKE, amount)
                .putValue(GROUP_INCIDENT, group)
                .putValue(CROSS_AREA, crossArea));
    }

    private static Map<String, Object> evaluate(VariableMap variables) {
        return engine.evaluateDecisionTable(gradeCase, variables).getSingleResult().getEntryMap();
    }
}
