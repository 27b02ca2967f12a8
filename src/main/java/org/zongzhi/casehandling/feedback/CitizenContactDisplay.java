package org.zongzhi.casehandling.feedback;

import static org.zongzhi.casehandling.process.ProcessVariables.CONTACT_LINK;
import static org.zongzhi.casehandling.process.ProcessVariables.REPORTER_NAME;
import static org.zongzhi.casehandling.process.ProcessVariables.REPORTER_PHONE;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseKey;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseRecord;
import org.zongzhi.casehandling.process.TaskKeys;

/**
 * 反馈结果 and 回访评价 must call the citizen: their forms show whom, masked (张*英, 139****5678),
 * as task-local display values read from the ledger when the task is created, and a link to the full
 * numbers that states the step as its reason, so the read is recorded. The values in the clear never
 * enter the engine.
 */
@Component("citizenContactDisplay")
class CitizenContactDisplay implements TaskListener {

    private final CaseLedger ledger;

    CitizenContactDisplay(CaseLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNo = CaseKey.of(task);
        CaseRecord record = ledger.find(caseNo).orElseThrow(() -> new IllegalStateException(
                "Task " + task.getTaskDefinitionKey() + ": case " + caseNo + " is not in the ledger"));
        task.setVariableLocal(REPORTER_NAME, CitizenMask.name(record.reporterName()));
        task.setVariableLocal(REPORTER_PHONE, CitizenMask.phone(record.reporterPhone()));
        task.setVariableLocal(CONTACT_LINK, "[查看完整姓名和电话（查询将记录，理由：" + reason(task) + "）](/api/cases/"
                + caseNo + "/personal-data?reason=" + URLEncoder.encode(reason(task), StandardCharsets.UTF_8) + ")");
    }

    /** The reason the read is recorded with: the step the caller is doing. */
    static String reason(DelegateTask task) {
        return TaskKeys.RETURN_VISIT.equals(task.getTaskDefinitionKey()) ? "回访" : "反馈结果";
    }
}
