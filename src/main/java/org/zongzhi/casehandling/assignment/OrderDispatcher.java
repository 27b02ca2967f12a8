package org.zongzhi.casehandling.assignment;

import static org.zongzhi.casehandling.process.ProcessVariables.GRADE;
import static org.zongzhi.casehandling.process.ProcessVariables.MATTER_TYPE;
import static org.zongzhi.casehandling.process.ProcessVariables.MODE;
import static org.zongzhi.casehandling.process.ProcessVariables.ORDER_DELIVERY;
import static org.zongzhi.casehandling.process.ProcessVariables.SUMMARY;
import static org.zongzhi.casehandling.process.ProcessVariables.UNIT;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseKey;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseStatus;
import org.zongzhi.casehandling.cases.ProcessActor;
import org.zongzhi.casehandling.cases.TrailEvent;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.directory.Unit;

/**
 * 发送交办单 (asynchronous, retried): dispatches the order to the unit. A unit with an endpoint gets
 * it over HTTP; every unit also finds the 签收 task in Tasklist.
 */
@Component("orderDispatcher")
class OrderDispatcher implements JavaDelegate {

    private final Directory directory;
    private final DepartmentClient client;
    private final CaseLedger ledger;
    private final Clock clock;

    OrderDispatcher(Directory directory, DepartmentClient client, CaseLedger ledger, Clock clock) {
        this.directory = directory;
        this.client = client;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = CaseKey.of(execution);
        String unitCode = (String) execution.getVariable(UNIT);
        Unit unit = directory.unit(unitCode).orElseThrow(() -> new IllegalStateException(
                "Case " + caseNo + " is assigned to unit " + unitCode + ", which is not in the directory"));
        String orderId = caseNo + "/" + unitCode + "/" + execution.getProcessInstanceId();
        String how = "（Tasklist 签收）";
        String delivery = "TASKLIST";
        if (unit.pullsOrders()) {
            how = "（待单位系统领取）";
            delivery = "PULL";
            // The unit's system reads the case (GET /api/cases/{no}) before anyone signs in Tasklist.
            ledger.recordOrder(caseNo, unit.groupId(), execution.getCurrentActivityId());
        } else if (unit.endpointUrl() != null && !unit.endpointUrl().isBlank()) {
            client.send(unit.endpointUrl(), new AssignmentOrder(orderId, caseNo, unit.code(), unit.name(),
                    (String) execution.getVariable(MATTER_TYPE), (String) execution.getVariable(GRADE),
                    (String) execution.getVariable(MODE), (String) execution.getVariable(SUMMARY),
                    OffsetDateTime.now(clock), null));
            how = "（已推送至单位系统）";
            delivery = "PUSH";
        }
        execution.setVariable(ORDER_DELIVERY, delivery);
        ledger.recordStep(caseNo, CaseStatus.ASSIGNED, ProcessActor.of(execution), TrailEvent.DISPATCHED,
                "交办单已发送：" + unit.name() + how);
    }
}
