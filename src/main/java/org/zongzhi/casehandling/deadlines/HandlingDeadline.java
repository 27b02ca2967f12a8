package org.zongzhi.casehandling.deadlines;

import static org.zongzhi.casehandling.process.ProcessVariables.GRADE;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_DUE;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_DUE_BASIS;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 确定办理期限: fixes the handling deadline before 限时办理 starts, so the supervision timers inside
 * it are set from it. Kept across rounds: an approved extension has already moved it, a refused
 * one leaves it where it was. A count in working days over a year whose notice is not entered yet
 * also keeps what it counted, so {@link ProvisionalDeadlines} can count it again.
 */
@Component("handlingDeadline")
class HandlingDeadline implements JavaDelegate {

    private final TaskDeadlines deadlines;

    HandlingDeadline(TaskDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (execution.getVariable(HANDLING_DUE) != null) {
            return;
        }
        TaskDeadlines.Deadline deadline = deadlines.forStep("HANDLE", (String) execution.getVariable(GRADE));
        execution.setVariable(HANDLING_DUE, Date.from(deadline.due().toInstant()));
        execution.setVariable(HANDLING_DUE_BASIS, deadline.basis());
        if (deadline.provisional()) {
            execution.setVariables(ProvisionalDeadlines.handlingVariables(deadline));
        }
    }
}
