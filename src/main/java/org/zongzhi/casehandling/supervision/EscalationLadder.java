package org.zongzhi.casehandling.supervision;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseKey;

/**
 * 逾期督办阶梯: the rungs come from the decision table {@code escalationLadder}; each rung's time is
 * the handling deadline plus its working days, so an approved extension (a later {@code handlingDue})
 * moves every rung still to come. The process keeps how far it has climbed in {@code ladderRung}.
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

    /** When the next rung is due (for the timers of the BPMN). Past the last rung: the last rung's time. */
    public Date nextRungDue(DelegateExecution execution) {
        Date deadline = (Date) execution.getVariable("handlingDue");
        if (deadline == null) {
            throw new IllegalStateException("Case " + CaseKey.of(execution)
                    + " has no handlingDue: the escalation ladder cannot start");
        }
        int next = climbed(execution) + 1;
        Rung rung = rung(next).or(() -> rung(next - 1)).orElseThrow(() -> new IllegalStateException(
                "Decision table escalationLadder has no rung " + next));
        OffsetDateTime due = deadline.toInstant().atOffset(ZoneOffset.UTC);
        if (rung.afterWorkingDays() > 0) {
            due = calendar.dueAfterWorkingDays(due, rung.afterWorkingDays());
        }
        return Date.from(due.toInstant());
    }

    static int climbed(DelegateExecution execution) {
        Object value = execution.getVariable("ladderRung");
        return value instanceof Number n ? n.intValue() : 0;
    }

    Optional<Rung> rung(int number) {
        if (number < 1) {
            return Optional.empty();
        }
        Optional<DmnDecisionResultEntries> row = decisions.first("escalationLadder", Map.of("rung", number));
        return row.map(r -> new Rung(number, r.getEntry("kind"),
                ((Number) r.getEntry("afterWorkingDays")).intValue(), r.getEntry("recipient")));
    }
}
