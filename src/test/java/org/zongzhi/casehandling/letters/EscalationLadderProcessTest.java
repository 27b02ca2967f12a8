package org.zongzhi.casehandling.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.UnitSystem;
import org.zongzhi.casehandling.WindowClerk;
import org.zongzhi.casehandling.cases.CaseEvent;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.deadlines.WorkingCalendar;
import org.zongzhi.casehandling.process.TaskKeys;

/**
 * 定期督办 on the real BPMN: moving the engine clock past the handling deadline climbs the ladder
 * rung by rung (提示函, 督办函, 提醒函, then the leader's task); an extension moves the ladder; a
 * concluded handling stops it.
 */
@CaseHandlingTest
class EscalationLadderProcessTest {

    @Autowired
    RuntimeService runtime;

    @Autowired
    WindowClerk window;

    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    LetterIssuer letters;
    @Autowired
    CaseLedger ledger;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    ProcessInstance unit;
    String caseNo;

    @BeforeEach
    void aCaseInHandlingAtHousing() {
        ProcessInstance pi = window.register(Map.of(
                "reporterName", "吴德明", "reporterPhone", "13512345678", "matterType", "物业纠纷",
                "townshipCode", "SFX-XS", "summary", "小区外墙脱落，物业拒不维修", "peopleInvolved", 4L,
                "amountAtStake", 20000.0, "registeredBy", "liqiang"));
        caseNo = (String) runtime.getVariable(pi.getId(), "caseNo");
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(),
                Map.of("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ"));
        unit = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        runDueJobs();
        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(),
                Map.of("signDecision", "SIGN"));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    Date handlingDue() {
        return (Date) runtime.getVariable(unit.getId(), "handlingDue");
    }

    void moveClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    /** What the job executor would do at the current engine time. */
    void runDueJobs() {
        for (int round = 0; round < 10; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(unit.getId()).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    Date ladderTimer() {
        Job timer = management.createJobQuery().processInstanceId(unit.getId()).timers().singleResult();
        assertThat(timer).as("one ladder timer waiting").isNotNull();
        return timer.getDuedate();
    }

    @Test
    void overdueHandlingClimbsTheWholeLadderOneLetterPerRung() {
        Date due = handlingDue();
        assertThat(ladderTimer()).isEqualTo(due);

        moveClockTo(due.toInstant().minusSeconds(60));
        runDueJobs();
        assertThat(letters.forCase(caseNo)).as("nothing before the deadline").isEmpty();

        moveClockTo(due.toInstant().plusSeconds(60));
        runDueJobs();
        runDueJobs();
        assertThat(letters.forCase(caseNo)).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(LetterKind.REMINDER);
            assertThat(l.recipientUnitCode()).isEqualTo("ZJJ");
            assertThat(l.letterNo()).contains("提示").contains("〔");
        });
        Letter reminder = letters.forCase(caseNo).get(0);
        assertThat((String) runtime.getVariable(unit.getId(), "letterLinks")).as("linked from the handling form")
                .contains(reminder.letterNo()).contains("/api/letters/" + reminder.id() + "/pdf");
        Date second = ladderTimer();
        assertThat(second.toInstant()).isEqualTo(calendar.dueAfterWorkingDays(
                due.toInstant().atOffset(java.time.ZoneOffset.UTC), 3).toInstant());

        moveClockTo(second.toInstant().plusSeconds(60));
        runDueJobs();
        moveClockTo(ladderTimer().toInstant().plusSeconds(60));
        runDueJobs();
        assertThat(letters.forCase(caseNo)).extracting(Letter::kind)
                .containsExactly(LetterKind.REMINDER, LetterKind.SUPERVISION, LetterKind.LEADER_REMINDER);
        assertThat(letters.forCase(caseNo).get(2).recipientUserId()).isEqualTo("yangguang");

        moveClockTo(ladderTimer().toInstant().plusSeconds(60));
        runDueJobs();
        Task party = tasks.createTaskQuery().processInstanceId(unit.getId())
                .taskDefinitionKey(TaskKeys.ESCALATE_TO_PARTY_COMMITTEE).singleResult();
        assertThat(party).as("the leader's task to go to the party committee").isNotNull();
        assertThat(tasks.getIdentityLinksForTask(party.getId())).anyMatch(l -> "yangguang".equals(l.getUserId()));
        assertThat(management.createJobQuery().processInstanceId(unit.getId()).timers().count()).isZero();
        assertThat(letters.forCase(caseNo)).hasSize(3);
        assertThat(ledger.trail(caseNo)).extracting(CaseEvent::kind).contains("LETTER_ISSUED", "ESCALATED");
        assertThat(tasks.createTaskQuery().processInstanceId(unit.getId()).taskDefinitionKey(TaskKeys.HANDLE).count())
                .as("the unit still has to handle it").isEqualTo(1);
    }

    @Test
    void anApprovedExtensionMovesTheLadderWithTheDeadline() {
        Date due = handlingDue();
        Task handle = tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult();
        tasks.complete(handle.getId(), Map.of("handlingWay", "SELF", "handlingOutcome", "EXTENSION",
                "extensionDays", 10L, "extensionReason", "等待房屋安全鉴定"));
        assertThat(management.createJobQuery().processInstanceId(unit.getId()).timers().count())
                .as("no ladder while the extension is reviewed").isZero();
        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(),
                Map.of("extensionApproved", "YES"));

        assertThat(Duration.between(due.toInstant(), handlingDue().toInstant()).toDays()).isEqualTo(10);
        assertThat(ladderTimer()).isEqualTo(handlingDue());
        moveClockTo(due.toInstant().plusSeconds(3600));
        runDueJobs();
        assertThat(letters.forCase(caseNo)).as("the old deadline no longer counts").isEmpty();
    }

    @Test
    void concludedHandlingStopsTheLadder() {
        Date due = handlingDue();
        moveClockTo(due.toInstant().plusSeconds(60));
        runDueJobs();
        assertThat(letters.forCase(caseNo)).hasSize(1);

        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).taskDefinitionKey(TaskKeys.HANDLE)
                .singleResult().getId(), Map.of("handlingWay", "ADMIN_MEDIATION", "handlingOutcome", "AGREEMENT",
                "agreementSummary", "物业公司同意维修外墙"));

        assertThat(management.createJobQuery().processInstanceId(unit.getId()).list())
                .as("no supervision job left").extracting(Job::getJobDefinitionId, Job::getDuedate).isEmpty();
        moveClockTo(due.toInstant().plus(Duration.ofDays(30)));
        runDueJobs();
        assertThat(letters.forCase(caseNo)).hasSize(1);
    }

    @Test
    void eachLetterIsPushedToTheUnitsOwnSystemAfterItIsIssued() throws Exception {
        try (UnitSystem housing = UnitSystem.of(jdbc, "ZJJ", "/letters")) {
            moveClockTo(handlingDue().toInstant().plusSeconds(60));
            runDueJobs();
            Letter reminder = letters.forCase(caseNo).get(0);
            assertThat(housing.received()).singleElement().asString()
                    .contains("\"letterNo\":\"" + reminder.letterNo() + "\"")
                    .contains("\"caseNo\":\"" + caseNo + "\"")
                    .contains("/api/letters/" + reminder.id() + "/pdf");
            assertThat(ledger.trail(caseNo)).extracting(CaseEvent::kind).contains("LETTER_DELIVERED");
        }
    }
}
