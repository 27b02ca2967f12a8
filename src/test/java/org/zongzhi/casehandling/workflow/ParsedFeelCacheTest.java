package org.zongzhi.casehandling.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zongzhi.casehandling.CaseHandlingTest;

/** Decision tables evaluated with expressions parsed once answer as Camunda's own FEEL engine does. */
@CaseHandlingTest
class ParsedFeelCacheTest {

    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    DecisionService decisions;

    private final ParsedFeelCache feel = new ParsedFeelCache(List.of());

    private static VariableContext with(String name, Object value) {
        return Variables.createVariables().putValue(name, value).asVariableContext();
    }

    @Test
    void theSameUnaryTestAnswersEachInputAsParsedTheFirstTime() {
        String types = "\"邻里纠纷\",\"婚姻家庭纠纷\",\"消费纠纷\"";
        for (int i = 0; i < 3; i++) {
            assertThat(feel.evaluateSimpleUnaryTests(types, "matterType", with("matterType", "邻里纠纷"))).isTrue();
            assertThat(feel.evaluateSimpleUnaryTests(types, "matterType", with("matterType", "劳动争议"))).isFalse();
            assertThat(feel.evaluateSimpleUnaryTests(">= 10", "people", with("people", 12L))).isTrue();
            assertThat(feel.evaluateSimpleUnaryTests(">= 10", "people", with("people", 9L))).isFalse();
        }
    }

    @Test
    void anInputExpressionIsEvaluatedOnEachCallsVariables() {
        String expression = "if peopleInvolved = null then 0 else peopleInvolved";
        assertThat((Object) feel.evaluateSimpleExpression(expression, with("peopleInvolved", 5L))).isEqualTo(5L);
        assertThat((Object) feel.evaluateSimpleExpression(expression, with("peopleInvolved", null))).isEqualTo(0L);
    }

    @Test
    void anExpressionThatDoesNotParseFailsEveryTimeAsTheEngineReportsIt() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> feel.evaluateSimpleUnaryTests(">>= 3", "x", with("x", 1L)))
                    .isInstanceOf(FeelException.class).hasMessageContaining("failed to parse expression '>>= 3'");
        }
    }

    @Test
    void theEnginesDecisionTablesRunOnIt() {
        assertThat(((DefaultDmnEngineConfiguration) engine.getDmnEngineConfiguration()).getFeelEngine())
                .isInstanceOf(ParsedFeelCache.class);
        Map<String, Object> significant = Map.of("matterType", "征地拆迁纠纷", "peopleInvolved", 60L,
                "amountAtStake", 0.0, "groupIncident", false, "crossArea", false);
        for (int i = 0; i < 2; i++) {
            assertThat(decisions.evaluateDecisionByKey("gradeCase").variables(significant).evaluate()
                    .getFirstResult().getEntryMap()).containsEntry("grade", "SIGNIFICANT");
        }
    }
}
