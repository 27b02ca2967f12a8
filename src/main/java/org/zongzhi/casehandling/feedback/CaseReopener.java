package org.zongzhi.casehandling.feedback;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.ProcessActor;
import org.zongzhi.casehandling.cases.CaseKey;

/** 不满意: the case goes back to 研判, keeping its history, and its reopen count grows. */
@Component("caseReopener")
class CaseReopener implements JavaDelegate {

    private final CaseLedger ledger;

    CaseReopener(CaseLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = CaseKey.of(execution);
        long count = ((Number) execution.getVariable("reopenCount")).longValue() + 1;
        execution.setVariable("reopenCount", count);
        // The next round decides afresh; the trail keeps what was decided before.
        for (String stale : new String[] {"signDecision", "returnReason", "handlingOutcome", "handlingDue",
                "handlingDueBasis", "satisfaction", "reached",
                "unreachedVisits"}) {
            execution.removeVariable(stale);
        }
        Object comment = execution.getVariable("visitComment");
        ledger.reopen(caseNo, ProcessActor.of(execution), "群众不满意，第" + count + "次重新研判"
                + (comment == null ? "" : "：" + comment));
    }
}
