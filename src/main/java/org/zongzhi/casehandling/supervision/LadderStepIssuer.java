package org.zongzhi.casehandling.supervision;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.ProcessActor;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.directory.Unit;
import org.zongzhi.casehandling.cases.CaseKey;

/**
 * 发出督办函件: climbs one rung of the escalation ladder. A letter rung issues its letter through
 * {@link LetterIssuer}, exactly once per case, handling round, unit, kind and rung (a retried job or a second node gets
 * the same letter back; the issuer writes the trail line); the last rung hands the matter to the leader in charge. Sets
 * {@code ladderAction} for the gateway: WAIT for the next rung, PARTY_COMMITTEE, or DONE.
 */
@Component("ladderStepIssuer")
class LadderStepIssuer implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(LadderStepIssuer.class);

    static final String PARTY_COMMITTEE = "PARTY_COMMITTEE";

    private final EscalationLadder ladder;
    private final LetterIssuer letters;
    private final WorkingCalendar calendar;
    private final CaseLedger ledger;
    private final Directory directory;
    private final Clock clock;
    private final String defaultLeader;
    private final int replyWorkingDays;

    LadderStepIssuer(EscalationLadder ladder, LetterIssuer letters, WorkingCalendar calendar, CaseLedger ledger,
                     Directory directory, Clock clock,
                     @Value("${zongzhi.supervision.default-leader:yangguang}") String defaultLeader,
                     @Value("${zongzhi.supervision.reply-working-days:2}") int replyWorkingDays) {
        this.ladder = ladder;
        this.letters = letters;
        this.calendar = calendar;
        this.ledger = ledger;
        this.directory = directory;
        this.clock = clock;
        this.defaultLeader = defaultLeader;
        this.replyWorkingDays = replyWorkingDays;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = CaseKey.of(execution);
        int number = EscalationLadder.climbed(execution) + 1;
        EscalationLadder.Rung rung = ladder.rung(number).orElse(null);
        execution.removeVariable("lastLetterId");
        if (rung == null) {
            execution.setVariable("ladderAction", "DONE");
            return;
        }
        String leader = leaderInCharge(execution);
        execution.setVariable("leaderInCharge", leader);
        execution.setVariable("ladderRung", (long) number);
        if (PARTY_COMMITTEE.equals(rung.kind())) {
            execution.setVariable("ladderAction", PARTY_COMMITTEE);
            ledger.recordStep(caseNo, null, ProcessActor.SYSTEM, "ESCALATED",
                    "逾期督办第" + number + "级：提请党委政府研究（" + leader + "）");
            return;
        }
        String unitCode = (String) execution.getVariable("unit");
        boolean toLeader = "LEADER".equals(rung.recipient());
        Date deadline = (Date) execution.getVariable("handlingDue");
        OffsetDateTime now = OffsetDateTime.now(clock);
        Letter letter = letters.issue(caseNo, LetterKind.valueOf(rung.kind()), number,
                unitCode, toLeader ? leader : null,
                facts(execution, unitCode, deadline),
                calendar.dueAfterWorkingDays(now, replyWorkingDays));
        execution.setVariable("lettersSent", (long) number);
        execution.setVariable("lastLetterId", letter.id());
        // Shown on the unit's handling form: each letter with its PDF.
        Object links = execution.getVariable("letterLinks");
        String link = "[《" + letter.kind().label() + "》" + letter.letterNo() + "](/api/letters/" + letter.id() + "/pdf)";
        execution.setVariable("letterLinks", links == null ? link : links + "　" + link);
        execution.setVariable("ladderAction", ladder.rung(number + 1).isPresent() ? "WAIT" : "DONE");
        log.info("Ladder rung {} of the handling by {}: {} {}", number, unitCode, letter.kind(), letter.letterNo());
    }

    private String leaderInCharge(DelegateExecution execution) {
        Object leader = execution.getVariable("leader");
        return leader instanceof String id && !id.isBlank() ? id : defaultLeader;
    }

    private String facts(DelegateExecution execution, String unitCode, Date deadline) {
        OffsetDateTime due = deadline.toInstant().atOffset(ZoneOffset.ofHours(8));
        return "案件" + CaseKey.of(execution) + "（" + execution.getVariable("matterType") + "）由"
                + unitName(unitCode) + "承办，办理期限至" + due.getYear() + "年" + due.getMonthValue() + "月"
                + due.getDayOfMonth() + "日，期限届满至今未报办结。";
    }

    private String unitName(String code) {
        return directory.unit(code).map(Unit::name).orElse(code);
    }
}
