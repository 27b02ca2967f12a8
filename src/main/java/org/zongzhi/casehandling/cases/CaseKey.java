package org.zongzhi.casehandling.cases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The case a process works on is its business key, fixed by our code when the process starts
 * (and passed on to unitHandling by the call activity). Never a variable: a completion or a
 * variable write could have changed one.
 */
public final class CaseKey {

    private CaseKey() {
    }

    public static String of(DelegateExecution execution) {
        String caseNo = execution.getProcessBusinessKey();
        if (caseNo == null || caseNo.isBlank()) {
            throw new IllegalStateException("Process instance " + execution.getProcessInstanceId()
                    + " has no business key: it was not started as a case");
        }
        return caseNo;
    }

    public static String of(DelegateTask task) {
        return of(task.getExecution());
    }
}
