package org.zongzhi.casehandling.assignment;

import static org.zongzhi.casehandling.process.ProcessVariables.EXTENSION_DAYS;
import static org.zongzhi.casehandling.process.ProcessVariables.EXTENSION_REASON;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_DUE;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_DUE_BASIS;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseKey;
import org.zongzhi.casehandling.cases.ProcessActor;
import org.zongzhi.casehandling.cases.TrailEvent;
import org.zongzhi.casehandling.deadlines.HandlingDeadlineMover;

/** 延长办理期限: an approved extension moves the handling deadline by the days asked for. */
@Component("deadlineExtender")
class DeadlineExtender implements JavaDelegate {

    private final HandlingDeadlineMover mover;

    DeadlineExtender(HandlingDeadlineMover mover) {
        this.mover = mover;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = CaseKey.of(execution);
        Date due = (Date) execution.getVariable(HANDLING_DUE);
        Number days = (Number) execution.getVariable(EXTENSION_DAYS);
        if (due == null || days == null) {
            throw new IllegalStateException("Case " + caseNo + ": extension approved without handlingDue/extensionDays");
        }
        Date extended = Date.from(due.toInstant().plus(Duration.ofDays(days.longValue())));
        mover.move(caseNo, extended.toInstant().atOffset(ZoneOffset.UTC),
                execution.getVariable(HANDLING_DUE_BASIS) + "；经批准延期" + days.longValue() + "天",
                execution::setVariable, ProcessActor.of(execution), TrailEvent.EXTENDED,
                "同意延期" + days.longValue() + "天：" + execution.getVariable(EXTENSION_REASON));
    }
}
