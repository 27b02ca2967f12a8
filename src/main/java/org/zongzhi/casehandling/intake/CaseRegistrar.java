package org.zongzhi.casehandling.intake;

import static org.zongzhi.casehandling.process.ProcessVariables.REOPEN_COUNT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseKey;
import org.zongzhi.casehandling.risk.RiskWarnings;

/**
 * 登记立案: the case is already in the ledger when its process starts ({@link CaseIntake}, for the
 * intake API and the window's start form alike), with the case number as business key. This step
 * sets the round counter the later steps read and weighs the new case for risk warnings.
 */
@Component("caseRegistrar")
class CaseRegistrar implements JavaDelegate {

    private final RiskWarnings riskWarnings;

    CaseRegistrar(RiskWarnings riskWarnings) {
        this.riskWarnings = riskWarnings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (execution.getVariable(REOPEN_COUNT) == null) {
            execution.setVariable(REOPEN_COUNT, 0L);
        }
        riskWarnings.evaluate(CaseKey.of(execution));
    }
}
