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
        String caseNo = CaseKey.of(execution);
        String detail = "YES".equals(execution.getVariable("reached"))
                ? "回访完毕，案件办结" : "回访未联系上群众，案件办结";
        ledger.close(caseNo, ProcessActor.of(execution), detail);
    }
}
