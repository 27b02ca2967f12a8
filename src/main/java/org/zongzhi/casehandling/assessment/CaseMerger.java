package org.zongzhi.casehandling.assessment;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseRecord;
import org.zongzhi.casehandling.cases.CaseStatus;
import org.zongzhi.casehandling.process.ProcessKeys;
import org.zongzhi.casehandling.web.NotFoundException;

/**
 * 并单: two registrations turned out to be one matter. The surviving case keeps both channels'
 * references; the other case's processes end with a note saying where it went.
 */
@Service
class CaseMerger {

    private final CaseLedger ledger;
    private final RuntimeService runtime;

    CaseMerger(CaseLedger ledger, RuntimeService runtime) {
        this.ledger = ledger;
        this.runtime = runtime;
    }

    @Transactional
    void merge(String caseNo, String into, String actor) {
        if (caseNo.equals(into)) {
            throw new BadUserRequestException("不能将案件并入其自身");
        }
        CaseRecord merged = ledger.find(caseNo).orElseThrow(() -> new NotFoundException("案件 " + caseNo + " 不存在"));
        CaseRecord survivor = ledger.find(into).orElseThrow(() -> new NotFoundException("案件 " + into + " 不存在"));
        if (merged.status() == CaseStatus.CLOSED || merged.status() == CaseStatus.MERGED) {
            throw new BadUserRequestException("案件 " + caseNo + " 已" + merged.status().label() + "，不能再并单");
        }
        if (survivor.status() == CaseStatus.MERGED) {
            throw new BadUserRequestException("案件 " + into + " 已并入 " + survivor.mergedInto() + "，请并入该案件");
        }
        ledger.merge(caseNo, into, actor);
        // The main process and any unit handling it called share the case number as business key.
        List<ProcessInstance> running = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                .processDefinitionKey(ProcessKeys.CASE_HANDLING).list();
        for (ProcessInstance instance : running) {
            runtime.deleteProcessInstance(instance.getId(), "并单：并入案件 " + into, false, true);
        }
    }
}
