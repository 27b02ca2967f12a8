package org.zongzhi.casehandling.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zongzhi.casehandling.process.ProcessVariables.CASE_NO;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.WindowClerk;
import org.zongzhi.casehandling.cases.CaseLedger;

/** A walk-in's name, phone and ID number reach the ledger and never Camunda's history. */
@CaseHandlingTest
class PersonalDataHistoryTest {

    @Autowired
    RuntimeService runtime;

    @Autowired
    WindowClerk window;

    @Autowired
    HistoryService history;
    @Autowired
    CaseLedger ledger;

    @Test
    void theReportersPersonalDataIsInTheLedgerButNotInTheEngineHistory() {
        String pi = window.register(Map.of(
                "reporterName", "欧阳明珠", "reporterPhone", "13722223333", "reporterIdNumber", "11010519491231002X",
                "matterType", "邻里纠纷", "townshipCode", "SFX-DH", "summary", "楼上漏水",
                "peopleInvolved", 2L, "amountAtStake", 500.0, "registeredBy", "wangfang")).getId();
        String caseNo = (String) runtime.getVariable(pi, CASE_NO);

        assertThat(ledger.find(caseNo).orElseThrow().reporterName()).isEqualTo("欧阳明珠");
        for (String name : PersonalDataHistoryFilter.PERSONAL) {
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi).variableName(name).count())
                    .as("historic %s", name).isZero();
        }
        assertThat(history.createHistoricDetailQuery().processInstanceId(pi).variableUpdates().list())
                .extracting(d -> ((HistoricVariableUpdate) d).getVariableName())
                .contains("summary", "matterType")
                .doesNotContain("reporterName", "reporterPhone", "reporterIdNumber");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi).variableName("summary").count())
                .as("other variables keep their history").isEqualTo(1);
    }
}
