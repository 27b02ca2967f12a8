package org.zongzhi.casehandling.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zongzhi.casehandling.process.ProcessVariables.GRADE;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The time-limit table bpmn/time-limits.dmn: a due-in duration and its basis for each step. */
class TimeLimitsDecisionTest {

    private static DmnEngine engine;
    private static DmnDecision timeLimits;

    @BeforeAll
    static void parseDecisionTable() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = Files.newInputStream(Path.of("bpmn", "time-limits.dmn"))) {
            timeLimits = engine.parseDecision("timeLimits", dmn);
        }
    }

    @ParameterizedTest(name = "{0} ({1}) → {2} {3}")
    @CsvSource(textBlock = """
            ASSESS,                GENERAL,     PT1H, 武威：受理后1小时内完成研判分流
            ASSESS,                ,            PT1H, 武威：受理后1小时内完成研判分流
            CONSULTATION,          SIGNIFICANT, P7D,  武威：重大事项提交每周会商研判会
            LEADER_PLAN,           SIGNIFICANT, P3D,  本中心规定：领导包案3日内制定一事一策
            MEDIATE_ON_SPOT,       GENERAL,     PT4H, 本中心规定：当场调解4小时内完成
            SIGN,                  GENERAL,     P1D,  交办后1个工作日内签收
            SIGN,                  MAJOR,       P1D,  交办后1个工作日内签收
            SIGN,                  SIGNIFICANT, P1D,  交办后1个工作日内签收
            CO_HANDLE,             MAJOR,       P5D,  本中心规定：协办单位5日内反馈协办意见
            EXTENSION_REVIEW,      MAJOR,       P1D,  本中心规定：延期申请1个工作日内审批
            JUDICIAL_CONFIRMATION, GENERAL,     P30D, 人民调解法/民事诉讼法：司法确认30日内
            NOTIFY,                SIGNIFICANT, P3D,  本中心规定：办结后3日内反馈办理结果
            RETURN_VISIT,          ,            P7D,  本中心规定：反馈后7日内回访评价
            """)
    void stepsThatDoNotDependOnTheGradeHaveTheSameTimeLimitForEveryGrade(
            String step, String grade, String dueIn, String basis) {
        assertThat(timeLimit(grade, step).getSingleResult().getEntryMap())
                .containsEntry("dueIn", dueIn)
                .containsEntry("basis", basis);
    }

    @ParameterizedTest(name = "HANDLE ({0}) → {1} {2}")
    @CsvSource(textBlock = """
            GENERAL,     P7D,  武威：调解一周内办结
            MAJOR,       P15D, 本中心规定：较大事项15日内办结
            SIGNIFICANT, P30D, 本中心规定：重大事项30日内办结
            """)
    void handlingTimeGrowsWithTheGrade(String grade, String dueIn, String basis) {
        assertThat(timeLimit(grade, "HANDLE").getSingleResult().getEntryMap())
                .containsEntry("dueIn", dueIn)
                .containsEntry("basis", basis);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ASSESS", "CONSULTATION", "LEADER_PLAN", "MEDIATE_ON_SPOT", "SIGN", "CO_HANDLE", "HANDLE",
            "EXTENSION_REVIEW", "JUDICIAL_CONFIRMATION", "NOTIFY", "RETURN_VISIT"})
    void everyStepAndGradeHasAnIsoDurationThatTimersAcceptAndANamedBasis(String step) {
        for (String grade : new String[] {"GENERAL", "MAJOR", "SIGNIFICANT"}) {
            Map<String, Object> limit = timeLimit(grade, step).getSingleResult().getEntryMap();

            assertThat(Duration.parse((String) limit.get("dueIn"))).as("%s %s", step, grade).isPositive();
            assertThat((String) limit.get("basis")).as("%s %s", step, grade).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{1} ({0}) → no time limit")
    @CsvSource(textBlock = """
            ,        HANDLE
            UNKNOWN, HANDLE
            GENERAL, UNKNOWN_STEP
            GENERAL,
            """)
    void handlingWithoutAGradeOrAnUnknownStepHasNoTimeLimit(String grade, String step) {
        assertThat(timeLimit(grade, step)).isEmpty();
    }

    private static DmnDecisionTableResult timeLimit(String grade, String step) {
        return engine.evaluateDecisionTable(timeLimits, Variables.createVariables()
                .putValue(GRADE, grade)
                .putValue("step", step));
    }
}
