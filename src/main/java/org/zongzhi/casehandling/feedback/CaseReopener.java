package org.zongzhi.casehandling.feedback;

import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_DUE;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_DUE_BASIS;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_OUTCOME;
import static org.zongzhi.casehandling.process.ProcessVariables.REACHED;
import static org.zongzhi.casehandling.process.ProcessVariables.REOPEN_COUNT;
import static org.zongzhi.casehandling.process.ProcessVariables.RETURN_REASON;
import static org.zongzhi.casehandling.process.ProcessVariables.SATISFACTION;
import static org.zongzhi.casehandling.process.ProcessVariables.SIGN_DECISION;
import static org.zongzhi.casehandling.process.ProcessVariables.UNREACHED_VISITS;
import static org.zongzhi.casehandling.process.ProcessVariables.VISIT_COMMENT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseKey;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.ProcessActor;

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
        long count = ((Number) execution.getVariable(REOPEN_COUNT)).longValue() + 1;
        execution.setVariable(REOPEN_COUNT, count);
        // The next round decides afresh; the trail keeps what was decided before.
        for (String stale : new String[] {SIGN_DECISION, RETURN_REASON, HANDLING_OUTCOME, HANDLING_DUE,
                HANDLING_DUE_BASIS, SATISFACTION, REACHED,
                UNREACHED_VISITS}) {
            execution.removeVariable(stale);
        }
        Object comment = execution.getVariable(VISIT_COMMENT);
        ledger.reopen(caseNo, ProcessActor.of(execution), "群众不满意，第" + count + "次重新研判"
                + (comment == null ? "" : "：" + comment));
    }
}
