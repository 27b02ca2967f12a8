package org.zongzhi.casehandling.risk;

import static org.zongzhi.casehandling.process.ProcessVariables.WARNING_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.ProcessActor;

/** 预警处置完毕: the warning is closed, so the next matter of its kind starts a new one. */
@Component("riskWarningCloser")
class RiskWarningCloser implements JavaDelegate {

    private final RiskWarnings warnings;

    RiskWarningCloser(RiskWarnings warnings) {
        this.warnings = warnings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        warnings.handled(((Number) execution.getVariable(WARNING_ID)).longValue(), ProcessActor.of(execution));
    }
}
