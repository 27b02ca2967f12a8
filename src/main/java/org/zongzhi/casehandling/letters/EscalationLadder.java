package org.zongzhi.casehandling.letters;

import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_DUE;
import static org.zongzhi.casehandling.process.ProcessVariables.LADDER_RUNG;
import static org.zongzhi.casehandling.process.ProcessVariables.STEP_DUE;
import static org.zongzhi.casehandling.process.ProcessVariables.SUPERVISED_STEP;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseKey;
import org.zongzhi.casehandling.deadlines.PolicyDecisions;
import org.zongzhi.casehandling.deadlines.WorkingCalendar;

/**
 * 逾期督办阶梯: the rungs of each step come from the decision table {@code escalationLadder}; each
 * rung's time is the step's deadline plus its working days. For the unit's handling (HANDLE, the
 * event sub-process of 限时办理) the deadline is {@code handlingDue}, so an approved extension moves
 * every rung still to come; for any other step it is the due date its task had ({@code stepDue}
 * of the supervisionLadder process). The process keeps how far it has climbed in {@code ladderRung}.
 */
@Component("escalation")
public class EscalationLadder {

    record Rung(int number, String kind, int afterWorkingDays, String recipient) {
    }

    private final PolicyDecisions decisions;
    private final WorkingCalendar calendar;

    EscalationLadder(PolicyDecisions decisions, WorkingCalendar calendar) {
        this.decisions = decisions;
        this.calendar = calendar;
    }

    static final String HANDLE = "HANDLE";

    /** When the next rung is due (for the timers of the BPMN). Past the last rung: the last rung's time. */
    public Date nextRungDue(DelegateExecution execution) {
        String step = step(execution);
        Date deadline = deadline(execution);
        if (deadline == null) {
            throw new IllegalStateException("Case " + CaseKey.of(execution) + " has no deadline for step " + step
                    + " (handlingDue / stepDue): the escalation ladder cannot start");
        }
        int next = climbed(execution) + 1;
        Rung rung = rung(step, next).or(() -> rung(step, next - 1)).orElseThrow(() -> new IllegalStateException(
                "Decision table escalationLadder has no rung " + next + " for step " + step));
        OffsetDateTime due = deadline.toInstant().atOffset(ZoneOffset.UTC);
        if (rung.afterWorkingDays() > 0) {
            due = calendar.dueAfterWorkingDays(due, rung.afterWorkingDays());
        }
        return Date.from(due.toInstant());
    }

    /** The late step: the supervisionLadder process names it; the event sub-process of 限时办理 is HANDLE. */
    static String step(DelegateExecution execution) {
        Object step = execution.getVariable(SUPERVISED_STEP);
        return step instanceof String s ? s : HANDLE;
    }

    /** The deadline the step was held to. */
    static Date deadline(DelegateExecution execution) {
        Object stepDue = execution.getVariable(STEP_DUE);
        return stepDue instanceof Date due ? due : (Date) execution.getVariable(HANDLING_DUE);
    }

    static int climbed(DelegateExecution execution) {
        Object value = execution.getVariable(LADDER_RUNG);
        return value instanceof Number n ? n.intValue() : 0;
    }

    Optional<Rung> rung(String step, int number) {
        if (number < 1) {
            return Optional.empty();
        }
        Optional<DmnDecisionResultEntries> row = decisions.first("escalationLadder",
                Map.of("step", step, "rung", number));
        return row.map(r -> new Rung(number, r.getEntry("kind"),
                ((Number) r.getEntry("afterWorkingDays")).intValue(), r.getEntry("recipient")));
    }
}
