package org.zongzhi.casehandling.feedback;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.ProcessActor;
import org.zongzhi.casehandling.cases.CaseKey;

/** 办结归档: the loop is closed only after the return visit. */
@Component("caseCloser")
class CaseCloser implements JavaDelegate {

    private final CaseLedger ledger;

    CaseCloser(CaseLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // A citizen who cannot be reached closes by UnreachableCaseCloser, after three tries.
        ledger.close(CaseKey.of(execution), ProcessActor.of(execution), "回访完毕，案件办结");
    }
}
