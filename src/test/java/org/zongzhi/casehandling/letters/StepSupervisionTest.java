package org.zongzhi.casehandling.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zongzhi.casehandling.process.ProcessVariables.AMOUNT_AT_STAKE;
import static org.zongzhi.casehandling.process.ProcessVariables.MATTER_TYPE;
import static org.zongzhi.casehandling.process.ProcessVariables.PEOPLE_INVOLVED;
import static org.zongzhi.casehandling.process.ProcessVariables.REPORTER_NAME;
import static org.zongzhi.casehandling.process.ProcessVariables.REPORTER_PHONE;
import static org.zongzhi.casehandling.process.ProcessVariables.SUMMARY;
import static org.zongzhi.casehandling.process.ProcessVariables.SUPERVISED_STEP;
import static org.zongzhi.casehandling.process.ProcessVariables.SUPERVISED_TASK_ID;
import static org.zongzhi.casehandling.process.ProcessVariables.TOWNSHIP_CODE;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.WindowClerk;
import org.zongzhi.casehandling.cases.CaseEvent;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.deadlines.WorkingCalendar;
import org.zongzhi.casehandling.process.ProcessKeys;
import org.zongzhi.casehandling.process.TaskKeys;

/**
 * Every step with a time limit is supervised like the unit's handling: its task late, the step's
 * rungs of the escalationLadder table send letters, once, to whoever owes the step (the unit for
 * 签收, 协办, 司法确认; the centre's post for 研判, 当场调解, 会商, 延期审批, 反馈, 回访; the leader for
 * 一事一策). A step done in time leaves no timer and no letter; the daily list marks the late step.
 */
@CaseHandlingTest
class StepSupervisionTest {

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    WindowClerk window;
    @Autowired
    LetterIssuer letters;
    @Autowired
    CaseLedger ledger;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    TestRestTemplate rest;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void lateAssessmentGetsTheAssessorsPostOneReminderThenTheLeaderAReminder() {
        ProcessInstance pi = register("邻里纠纷", 2L, 800.0);
        String caseNo = caseNo(pi);
        Task assess = task(pi, TaskKeys.ASSESS_CASE);
        assertThat(ladderTimer(assess).getDuedate()).as("the ladder waits for the task's due date")
                .isEqualTo(assess.getDueDate());

        Letter reminder = lateTaskGetsItsFirstLetterOnce(caseNo, assess, "ASSESS", LetterKind.REMINDER);
        assertThat(reminder.recipientPost()).isEqualTo("assessor");
        assertThat(reminder.recipientUnitCode()).isNull();
        assertThat(reminder.responsible()).isEqualTo("assessor");
        assertThat(reminder.facts()).contains(caseNo).contains("“研判定级”环节由本中心研判员负责");
        assertThat(ledger.trail(caseNo)).filteredOn(e -> e.kind().equals("LETTER_ISSUED"))
                .extracting(CaseEvent::detail).containsExactly("发出《工作提示函》" + reminder.letterNo() + "，主送本中心研判员");
        ResponseEntity<String> daily = rest.withBasicAuth("zhoujie", "zhoujie")
                .getForEntity("/api/supervision/daily?format=csv&reason=督办例会", String.class);
        assertThat(daily.getBody()).as("the daily list marks the late step under the post that owes it")
                .containsPattern(caseNo + ",综治中心（研判员）,研判中,[^,]*,邻里纠纷,研判定级,[^,]*,是,\\d+,1\\n");

        ClockUtil.setCurrentTime(Date.from(ladderTimer(assess).getDuedate().toInstant().plusSeconds(60)));
        runLadders(caseNo);
        assertThat(letters.forCase(caseNo)).extracting(Letter::kind, Letter::recipientUserId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LetterKind.REMINDER, null),
                        org.assertj.core.groups.Tuple.tuple(LetterKind.LEADER_REMINDER, "yangguang"));

        tasks.complete(assess.getId(), Map.of("grade", "GENERAL", "mode", "ON_SPOT"));
        assertThat(ladders(caseNo).stream().filter(l -> assess.getId().equals(
                runtime.getVariable(l.getId(), SUPERVISED_TASK_ID)))).as("the step's ladder ended").isEmpty();
    }

    @Test
    void anAssessmentDoneInTimeLeavesNoTimerAndGetsNoLetter() {
        ProcessInstance pi = register("邻里纠纷", 2L, 800.0);
        String caseNo = caseNo(pi);
        Task assess = task(pi, TaskKeys.ASSESS_CASE);
        assertThat(ladderTimer(assess)).isNotNull();

        ClockUtil.setCurrentTime(Date.from(assess.getDueDate().toInstant().minusSeconds(60)));
        tasks.complete(assess.getId(), Map.of("grade", "GENERAL", "mode", "ON_SPOT"));

        assertThat(ladderOf(assess)).as("no ladder, so no timer, left for the assessment").isNull();
        ClockUtil.setCurrentTime(Date.from(assess.getDueDate().toInstant().plusSeconds(10 * 86400)));
        runLadders(caseNo);
        assertThat(letters.forCase(caseNo)).filteredOn(l -> l.step().equals("ASSESS")).isEmpty();
    }

    @Test
    void aStepCancelledWithoutItsListenersGetsNoLetterWhenItsDueDatePasses() {
        ProcessInstance pi = register("邻里纠纷", 2L, 800.0);
        String caseNo = caseNo(pi);
        Task assess = task(pi, TaskKeys.ASSESS_CASE);
        assertThat(ladderOf(assess)).isNotNull();
        // An administrator cancels the case in Cockpit and skips the listeners: the ladder is left behind.
        runtime.deleteProcessInstance(pi.getId(), "撤销（测试）", true);
        assertThat(ladderOf(assess)).isNotNull();

        ClockUtil.setCurrentTime(Date.from(assess.getDueDate().toInstant().plusSeconds(60)));
        runLadders(caseNo);
        assertThat(letters.forCase(caseNo)).as("no letter about a task that no longer exists").isEmpty();
        assertThat(ladderOf(assess)).as("the ladder ended by itself").isNull();
    }

    @Test
    void lateSigningGetsTheUnitOneReminderAndSigningStopsItsLadder() {
        ProcessInstance pi = register("物业纠纷", 3L, 3000.0);
        String caseNo = caseNo(pi);
        complete(pi, TaskKeys.ASSESS_CASE, Map.of("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ"));
        ProcessInstance unit = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        management.executeJob(management.createJobQuery().processInstanceId(unit.getId()).singleResult().getId());
        Task sign = tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult();

        Letter reminder = lateTaskGetsItsFirstLetterOnce(caseNo, sign, "SIGN", LetterKind.REMINDER);
        assertThat(reminder.recipientUnitCode()).isEqualTo("ZJJ");
        assertThat(reminder.responsible()).isEqualTo("unit-ZJJ");
        assertThat(reminder.facts()).contains("“签收交办单”环节由县住房和城乡建设局负责");

        ResponseEntity<String> daily = rest.withBasicAuth("zhoujie", "zhoujie")
                .getForEntity("/api/supervision/daily?format=csv&reason=督办例会", String.class);
        assertThat(daily.getBody()).as("the daily list marks the late step")
                .containsPattern(caseNo + ",县住房和城乡建设局,已交办,一般,物业纠纷,签收交办单,[^,]*,是,\\d+,1\\n");

        tasks.complete(sign.getId(), Map.of("signDecision", "SIGN"));
        assertThat(ladderOf(sign)).as("signing ends the step's ladder and its timer").isNull();
        Task handle = tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult();
        assertThat(ladderOf(handle)).as("handling keeps its own escalation sub-process").isNull();
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(5 * 86400)));
        runLadders(caseNo);
        assertThat(letters.forCase(caseNo)).filteredOn(l -> l.step().equals("SIGN")).hasSize(1);
    }

    @Test
    void lateCoHandlingChasesEachCoUnitWithItsOwnReminder() {
        ProcessInstance pi = register("征地拆迁纠纷", 12L, 250000.0);
        String caseNo = caseNo(pi);
        complete(pi, TaskKeys.ASSESS_CASE, Map.of("grade", "MAJOR", "mode", "JOINT", "leadUnit", "ZRZYJ",
                "coUnits", List.of("GAJ", "SFJ")));
        List<Task> coTasks = tasks.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(TaskKeys.CO_HANDLE).list();
        assertThat(coTasks).hasSize(2);

        ClockUtil.setCurrentTime(Date.from(coTasks.get(0).getDueDate().toInstant().plusSeconds(60)));
        runLadders(caseNo);
        runLadders(caseNo);
        assertThat(letters.forCase(caseNo)).filteredOn(l -> l.step().equals("CO_HANDLE"))
                .extracting(Letter::kind, Letter::recipientUnitCode).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(LetterKind.REMINDER, "GAJ"),
                        org.assertj.core.groups.Tuple.tuple(LetterKind.REMINDER, "SFJ"));
    }

    @Test
    void lateOnTheSpotMediationFeedbackAndReturnVisitChaseTheCentresPosts() {
        ProcessInstance pi = register("邻里纠纷", 2L, 800.0);
        String caseNo = caseNo(pi);
        complete(pi, TaskKeys.ASSESS_CASE, Map.of("grade", "GENERAL", "mode", "ON_SPOT"));

        Letter mediation = lateTaskGetsItsFirstLetterOnce(caseNo, task(pi, TaskKeys.MEDIATE_ON_SPOT), "MEDIATE_ON_SPOT",
                LetterKind.REMINDER);
        assertThat(mediation.recipientPost()).isEqualTo("mediator");
        complete(pi, TaskKeys.MEDIATE_ON_SPOT, Map.of("onSpotResolved", "YES", "agreementSummary", "双方同意修缮围墙"));

        Letter feedback = lateTaskGetsItsFirstLetterOnce(caseNo, task(pi, TaskKeys.NOTIFY_CITIZEN), "NOTIFY",
                LetterKind.REMINDER);
        assertThat(feedback.recipientPost()).isEqualTo("intake");
        complete(pi, TaskKeys.NOTIFY_CITIZEN, Map.of("notifyMethod", "PHONE", "notifyContent", "已电话告知群众办理结果。"));

        Letter visit = lateTaskGetsItsFirstLetterOnce(caseNo, task(pi, TaskKeys.RETURN_VISIT), "RETURN_VISIT",
                LetterKind.REMINDER);
        assertThat(visit.recipientPost()).isEqualTo("visitor");
        assertThat(letters.forCase(caseNo)).extracting(Letter::letterNo).doesNotHaveDuplicates();
    }

    @Test
    void lateConsultationAndLeaderPlanChaseTheLeaders() {
        Map<String, Object> matter = matter("劳动争议", 60L, 800000.0);
        matter.put("groupIncident", true);
        ProcessInstance pi = window.register(matter);
        String caseNo = caseNo(pi);
        complete(pi, TaskKeys.ASSESS_CASE, Map.of("grade", "SIGNIFICANT", "mode", "LEADER", "leadUnit", "RSJ",
                "leader", "xugang"));

        Letter meeting = lateTaskGetsItsFirstLetterOnce(caseNo, task(pi, TaskKeys.CONSULTATION_MEETING), "CONSULTATION",
                LetterKind.REMINDER);
        assertThat(meeting.recipientPost()).isEqualTo("leader");
        complete(pi, TaskKeys.CONSULTATION_MEETING, Map.of("participants", "杨光、徐刚、赵敏、县人社局", "minutes",
                "研究欠薪处置方案", "meetingDecision", "由徐刚包案，人社局牵头", "grade", "SIGNIFICANT", "mode", "LEADER",
                "leadUnit", "RSJ", "leader", "xugang"));

        Letter plan = lateTaskGetsItsFirstLetterOnce(caseNo, task(pi, TaskKeys.LEADER_PLAN), "LEADER_PLAN",
                LetterKind.LEADER_REMINDER);
        assertThat(plan.recipientUserId()).as("the leader in charge").isEqualTo("xugang");
    }

    @Test
    void lateExtensionReviewAndJudicialConfirmationChaseSupervisorAndCourt() {
        ProcessInstance pi = register("物业纠纷", 3L, 3000.0);
        String caseNo = caseNo(pi);
        complete(pi, TaskKeys.ASSESS_CASE, Map.of("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ"));
        ProcessInstance unit = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        management.executeJob(management.createJobQuery().processInstanceId(unit.getId()).singleResult().getId());
        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(),
                Map.of("signDecision", "SIGN"));
        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(),
                Map.of("handlingWay", "SELF", "handlingOutcome", "EXTENSION", "extensionDays", 5L,
                        "extensionReason", "需等待房屋安全鉴定结果"));

        Letter review = lateTaskGetsItsFirstLetterOnce(caseNo,
                tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult(), "EXTENSION_REVIEW",
                LetterKind.REMINDER);
        assertThat(review.recipientPost()).isEqualTo("supervisor");
        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(),
                Map.of("extensionApproved", "YES"));
        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(),
                Map.of("handlingWay", "PEOPLE_MEDIATION", "handlingOutcome", "JUDICIAL_CONFIRMATION",
                        "agreementSummary", "分期赔偿，申请司法确认"));

        Letter court = lateTaskGetsItsFirstLetterOnce(caseNo, task(pi, TaskKeys.RECORD_JUDICIAL_CONFIRMATION),
                "JUDICIAL_CONFIRMATION", LetterKind.REMINDER);
        assertThat(court.recipientUnitCode()).isEqualTo("FY");
    }

    @Test
    void lateDecisionOnTheNextRouteChasesTheAssessorsPostLikeAssessment() {
        ProcessInstance pi = register("物业纠纷", 3L, 3000.0);
        String caseNo = caseNo(pi);
        complete(pi, "Task_AssessCase", Map.of("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ"));
        ProcessInstance unit = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        management.executeJob(management.createJobQuery().processInstanceId(unit.getId()).singleResult().getId());
        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(),
                Map.of("signDecision", "SIGN"));
        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(),
                Map.of("handlingWay", "ADMIN_MEDIATION", "handlingOutcome", "NOT_RESOLVED",
                        "notResolvedReason", "业主与物业分歧较大"));

        Task decide = task(pi, "Task_DecideNextRoute");
        assertThat(tasks.getVariableLocal(decide.getId(), "dueBasis")).asString()
                .startsWith("本中心规定：未化解事项2个工作日内确定后续途径");
        Letter reminder = lateTaskGetsItsFirstLetterOnce(caseNo, decide, "DECIDE_NEXT_ROUTE", LetterKind.REMINDER);
        assertThat(reminder.recipientPost()).isEqualTo("assessor");
        complete(pi, "Task_DecideNextRoute", Map.of("nextRoute", "REASSESS", "nextRouteNote", "改由属地调处"));
        assertThat(ladders(caseNo)).as("deciding ends the step's ladder")
                .noneMatch(l -> "DECIDE_NEXT_ROUTE".equals(runtime.getVariable(l.getId(), SUPERVISED_STEP)));
    }

    /**
     * Moves the clock a minute past the task's due date and runs the ladders as the job executor
     * would, again and again: the step gets its rung-1 letter, exactly once.
     */
    Letter lateTaskGetsItsFirstLetterOnce(String caseNo, Task task, String step, LetterKind kind) {
        assertThat(task.getDueDate()).as("%s has a due date", step).isNotNull();
        ClockUtil.setCurrentTime(Date.from(task.getDueDate().toInstant().minusSeconds(60)));
        runLadders(caseNo);
        assertThat(letters.forCase(caseNo)).as("nothing for %s before its due date", step)
                .noneMatch(l -> l.step().equals(step));

        ClockUtil.setCurrentTime(Date.from(task.getDueDate().toInstant().plusSeconds(60)));
        runLadders(caseNo);
        runLadders(caseNo);
        List<Letter> forStep = letters.forCase(caseNo).stream().filter(l -> l.step().equals(step)).toList();
        assertThat(forStep).as("letters for late %s", step).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(kind);
            assertThat(l.ladderStep()).isEqualTo(1);
        });
        return forStep.get(0);
    }

    ProcessInstance register(String matterType, long people, double amount) {
        return window.register(matter(matterType, people, amount));
    }

    static Map<String, Object> matter(String matterType, long people, double amount) {
        Map<String, Object> v = new HashMap<>();
        v.put(REPORTER_NAME, "孙桂芳");
        v.put(REPORTER_PHONE, "13712345678");
        v.put(MATTER_TYPE, matterType);
        v.put(TOWNSHIP_CODE, "SFX-DH");
        v.put(SUMMARY, "群众来访反映" + matterType + "，请求协调处理。");
        v.put(PEOPLE_INVOLVED, people);
        v.put(AMOUNT_AT_STAKE, amount);
        v.put("registeredBy", "wangfang");
        return v;
    }

    String caseNo(ProcessInstance pi) {
        return (String) runtime.getVariable(pi.getId(), "caseNo");
    }

    Task task(ProcessInstance pi, String key) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    void complete(ProcessInstance pi, String key, Map<String, Object> fields) {
        tasks.complete(task(pi, key).getId(), fields);
    }

    List<ProcessInstance> ladders(String caseNo) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.SUPERVISION_LADDER)
                .processInstanceBusinessKey(caseNo).list();
    }

    ProcessInstance ladderOf(Task task) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.SUPERVISION_LADDER)
                .variableValueEquals(SUPERVISED_TASK_ID, task.getId()).singleResult();
    }

    Job ladderTimer(Task task) {
        ProcessInstance ladder = ladderOf(task);
        assertThat(ladder).as("a ladder for %s", task.getTaskDefinitionKey()).isNotNull();
        return management.createJobQuery().processInstanceId(ladder.getId()).timers().singleResult();
    }

    /** What the job executor would do at the current engine time, for this case's ladders. */
    void runLadders(String caseNo) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = ladders(caseNo).stream()
                    .flatMap(l -> management.createJobQuery().processInstanceId(l.getId()).executable().list().stream())
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }
}
