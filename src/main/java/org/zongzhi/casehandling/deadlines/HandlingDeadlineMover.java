package org.zongzhi.casehandling.deadlines;

import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_DUE;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_DUE_BASIS;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.TrailEvent;

/**
 * Moves a unit's handling deadline, the one way it is moved: the process variables
 * {@code handlingDue} and {@code handlingDueBasis} (the ladder's timers are set from them), the
 * ledger's due date and a trail line saying why. Used by an approved extension and by the
 * recount after a year's holiday notice is entered.
 */
@Component
public class HandlingDeadlineMover {

    private final CaseLedger ledger;

    HandlingDeadlineMover(CaseLedger ledger) {
        this.ledger = ledger;
    }

    /**
     * @param variables sets a variable of the unit's process instance (a delegate's execution, or
     *                  the runtime service from outside the process)
     */
    public void move(String caseNo, OffsetDateTime due, String basis, BiConsumer<String, Object> variables,
                     String actor, TrailEvent kind, String detail) {
        variables.accept(HANDLING_DUE, Date.from(due.toInstant()));
        variables.accept(HANDLING_DUE_BASIS, basis);
        ledger.recordDue(caseNo, due);
        ledger.recordStep(caseNo, null, actor, kind, detail);
    }
}
