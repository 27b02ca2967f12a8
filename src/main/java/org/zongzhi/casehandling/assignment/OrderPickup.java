package org.zongzhi.casehandling.assignment;

import static org.zongzhi.casehandling.process.ProcessVariables.UNIT;
import static org.zongzhi.casehandling.process.ProcessVariables.UNIT_ORDER_REF;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseKey;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.ProcessActor;
import org.zongzhi.casehandling.cases.TrailEvent;
import org.zongzhi.casehandling.directory.Directory;

/**
 * 单位系统领取交办单 ended: the unit's own system fetched and completed the external task
 * (order-&lt;unit&gt;), so the order is in its hands; the trail says so, with the unit's own number.
 */
@Component("orderPickup")
class OrderPickup implements ExecutionListener {

    private final CaseLedger ledger;
    private final Directory directory;

    OrderPickup(CaseLedger ledger, Directory directory) {
        this.ledger = ledger;
        this.directory = directory;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String unit = (String) execution.getVariable(UNIT);
        Object reference = execution.getVariable(UNIT_ORDER_REF);
        ledger.recordStep(CaseKey.of(execution), null, ProcessActor.SYSTEM, TrailEvent.ORDER_PULLED,
                "单位系统已领取交办单：" + directory.unitName(unit)
                        + (reference == null ? "" : "（单位编号 " + reference + "）"));
    }
}
