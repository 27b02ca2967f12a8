package org.zongzhi.casehandling.letters;

import static org.zongzhi.casehandling.process.ProcessVariables.LADDER_ACTION;
import static org.zongzhi.casehandling.process.ProcessVariables.LADDER_RUNG;
import static org.zongzhi.casehandling.process.ProcessVariables.LAST_LETTER_ID;
import static org.zongzhi.casehandling.process.ProcessVariables.LEADER_IN_CHARGE;
import static org.zongzhi.casehandling.process.ProcessVariables.LETTERS_SENT;
import static org.zongzhi.casehandling.process.ProcessVariables.LETTER_LINKS;
import static org.zongzhi.casehandling.process.ProcessVariables.MATTER_TYPE;
import static org.zongzhi.casehandling.process.ProcessVariables.RESPONSIBLE;
import static org.zongzhi.casehandling.process.ProcessVariables.SUPERVISED_STEP_NAME;
import static org.zongzhi.casehandling.process.ProcessVariables.UNIT;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseKey;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.ProcessActor;
import org.zongzhi.casehandling.cases.TrailEvent;
import org.zongzhi.casehandling.deadlines.WorkingCalendar;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.process.ProcessVariables;
import org.zongzhi.casehandling.process.UnitGroups;
import org.zongzhi.casehandling.settings.Settings;
import org.zongzhi.casehandling.time.ChinaTime;

/**
 * 发出督办函件: climbs one rung of the escalation ladder of a late step, for the event sub-process
 * of 限时办理 (HANDLE) and for the supervisionLadder process of every other step. A letter rung
 * issues its letter through {@link LetterIssuer}, exactly once per case, handling round, step,
 * responsible unit or post, kind and rung (a retried job or a second node gets the same letter
 * back; the issuer writes the trail line), addressed to whoever owes the step or to the leader in
 * charge; the PARTY_COMMITTEE rung hands the matter to the leader. Sets {@code ladderAction} for
 * the gateway: WAIT for the next rung, PARTY_COMMITTEE, or DONE.
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
    private final DefaultLeader defaultLeader;
    private final int replyWorkingDays;

    LadderStepIssuer(EscalationLadder ladder, LetterIssuer letters, WorkingCalendar calendar, CaseLedger ledger,
                     Directory directory, Clock clock,
                     DefaultLeader defaultLeader,
                     Settings settings) {
        this.ladder = ladder;
        this.letters = letters;
        this.calendar = calendar;
        this.ledger = ledger;
        this.directory = directory;
        this.clock = clock;
        this.defaultLeader = defaultLeader;
        this.replyWorkingDays = settings.supervision().replyWorkingDays();
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = CaseKey.of(execution);
        String step = EscalationLadder.step(execution);
        int number = EscalationLadder.climbed(execution) + 1;
        EscalationLadder.Rung rung = ladder.rung(step, number).orElse(null);
        execution.removeVariable(LAST_LETTER_ID);
        if (rung == null || !EscalationLadder.HANDLE.equals(step) && !StepSupervision.stillOpen(execution)) {
            execution.setVariable(LADDER_ACTION, "DONE");
            return;
        }
        String leader = leaderInCharge(execution);
        execution.setVariable(LEADER_IN_CHARGE, leader);
        execution.setVariable(LADDER_RUNG, (long) number);
        if (PARTY_COMMITTEE.equals(rung.kind())) {
            execution.setVariable(LADDER_ACTION, PARTY_COMMITTEE);
            ledger.recordStep(caseNo, null, ProcessActor.SYSTEM, TrailEvent.ESCALATED,
                    "逾期督办第" + number + "级：提请党委政府研究（" + leader + "）");
            return;
        }
        Owner owner = owner(execution, step);
        boolean toLeader = "LEADER".equals(rung.recipient());
        Date deadline = EscalationLadder.deadline(execution);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Letter letter = letters.issue(caseNo, new LetterIssuer.LateStep(step, owner.group()),
                LetterKind.valueOf(rung.kind()), number,
                owner.unitCode(), toLeader ? leader : null, toLeader || owner.unitCode() != null ? null : owner.group(),
                EscalationLadder.HANDLE.equals(step) ? facts(execution, owner.unitCode(), deadline)
                        : stepFacts(execution, caseNo, owner, deadline),
                calendar.dueAfterWorkingDays(now, replyWorkingDays));
        execution.setVariable(LETTERS_SENT, (long) number);
        execution.setVariable(LAST_LETTER_ID, letter.id());
        // Shown on the unit's handling form: each letter with its PDF.
        Object links = execution.getVariable(LETTER_LINKS);
        String link = "[《" + letter.kind().label() + "》" + letter.letterNo() + "](/api/letters/" + letter.id() + "/pdf)";
        execution.setVariable(LETTER_LINKS, links == null ? link : links + "　" + link);
        execution.setVariable(LADDER_ACTION, ladder.rung(step, number + 1).isPresent() ? "WAIT" : "DONE");
        log.info("Ladder rung {} of step {} owed by {}: {} {}", number, step, owner.group(), letter.kind(),
                letter.letterNo());
    }

    /** Who owes the late step: a unit (its group unit-<code>) or a centre post (a role group). */
    private record Owner(String group, String unitCode) {
    }

    private static Owner owner(DelegateExecution execution, String step) {
        if (EscalationLadder.HANDLE.equals(step)) {
            String unitCode = (String) execution.getVariable(UNIT);
            return new Owner(UnitGroups.of(unitCode), unitCode);
        }
        String group = (String) execution.getVariable(RESPONSIBLE);
        if (group == null) {
            throw new IllegalStateException("Case " + CaseKey.of(execution) + ": the ladder of step " + step
                    + " does not say who owes the step (" + RESPONSIBLE + ")");
        }
        return new Owner(group, UnitGroups.unitCode(group).orElse(null));
    }

    private String stepFacts(DelegateExecution execution, String caseNo, Owner owner, Date deadline) {
        Object matterType = execution.getVariable(MATTER_TYPE);
        return "案件" + caseNo + (matterType == null ? "" : "（" + matterType + "）") + "的“"
                + execution.getVariable(SUPERVISED_STEP_NAME) + "”环节由" + holderName(owner)
                + "负责，办理时限至" + LetterPdf.deadline(deadline.toInstant().atOffset(ZoneOffset.UTC))
                + "，期限届满至今未办理。";
    }

    private String holderName(Owner owner) {
        return owner.unitCode() != null ? directory.unitName(owner.unitCode())
                : LetterIssuer.postLabel(owner.group()).orElse(owner.group());
    }

    private String leaderInCharge(DelegateExecution execution) {
        Object leader = execution.getVariable(ProcessVariables.LEADER);
        return leader instanceof String id && !id.isBlank() ? id : defaultLeader.userId();
    }

    private String facts(DelegateExecution execution, String unitCode, Date deadline) {
        OffsetDateTime due = deadline.toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime();
        return "案件" + CaseKey.of(execution) + "（" + execution.getVariable(MATTER_TYPE) + "）由"
                + directory.unitName(unitCode) + "承办，办理期限至" + due.getYear() + "年" + due.getMonthValue() + "月"
                + due.getDayOfMonth() + "日，期限届满至今未报办结。";
    }
}
