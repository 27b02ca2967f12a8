package org.zongzhi.casehandling.feedback;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseKey;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.ClosedAs;
import org.zongzhi.casehandling.cases.ProcessActor;

/** 无法联系: the visit failed on three different days; the case closes, marked as such. */
@Component("unreachableCaseCloser")
class UnreachableCaseCloser implements JavaDelegate {

    private final CaseLedger ledger;

    UnreachableCaseCloser(CaseLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ledger.close(CaseKey.of(execution), ClosedAs.UNREACHABLE, ProcessActor.of(execution),
                "三次回访均未联系上群众，以无法联系办结");
    }
}
