package org.zongzhi.casehandling.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.zongzhi.casehandling.process.ProcessVariables.AMOUNT_AT_STAKE;
import static org.zongzhi.casehandling.process.ProcessVariables.CHANNEL;
import static org.zongzhi.casehandling.process.ProcessVariables.CROSS_AREA;
import static org.zongzhi.casehandling.process.ProcessVariables.GROUP_INCIDENT;
import static org.zongzhi.casehandling.process.ProcessVariables.MATTER_TYPE;
import static org.zongzhi.casehandling.process.ProcessVariables.PEOPLE_INVOLVED;
import static org.zongzhi.casehandling.process.ProcessVariables.REPORTER_ID_NUMBER;
import static org.zongzhi.casehandling.process.ProcessVariables.REPORTER_NAME;
import static org.zongzhi.casehandling.process.ProcessVariables.REPORTER_PHONE;
import static org.zongzhi.casehandling.process.ProcessVariables.SUMMARY;
import static org.zongzhi.casehandling.process.ProcessVariables.TOWNSHIP_CODE;
import static org.zongzhi.casehandling.process.ProcessVariables.VILLAGE_CODE;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.EngineTables;
import org.zongzhi.casehandling.WindowClerk;
import org.zongzhi.casehandling.cases.CaseEvent;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseRecord;
import org.zongzhi.casehandling.cases.CaseStatus;
import org.zongzhi.casehandling.cases.ClosedAs;
import org.zongzhi.casehandling.cases.StepValue;
import org.zongzhi.casehandling.letters.LetterIssuer;
import org.zongzhi.casehandling.time.ChinaTime;
import org.zongzhi.casehandling.workflow.StepRefusedException;

/** Every path of the seven steps on the real BPMN, DMN and forms, with the real ledger. */
@CaseHandlingTest
class CaseHandlingProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    WindowClerk window;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    CaseLedger ledger;
    @Autowired
    LetterIssuer letters;

    @BeforeEach
    void initAssertions() {
        init(engine);
    }

    static final String REPORTER_ID = "11010519491231002X";

    /** Whatever path the case took, the reporter's name, phone and ID number stay out of the engine. */
    @AfterEach
    void engineClockBack() {
        ClockUtil.reset();
    }

    @AfterEach
    void noPersonalDataInTheEngine() {
        assertThat(EngineTables.holding(jdbc, "张秀英", "13907310001", REPORTER_ID)).isEmpty();
    }

    /** A walk-in registered by the window clerk through the start form. */
    static Map<String, Object> walkIn(String matterType, long people, double amount) {
        Map<String, Object> v = new HashMap<>();
        v.put(REPORTER_NAME, "张秀英");
        v.put(REPORTER_PHONE, "13907310001");
        v.put(REPORTER_ID_NUMBER, REPORTER_ID);
        v.put(CHANNEL, "WALK_IN");
        v.put(MATTER_TYPE, matterType);
        v.put(TOWNSHIP_CODE, "SFX-DH");
        v.put(VILLAGE_CODE, "SFX-DH-HW");
        v.put(SUMMARY, "群众来访反映" + matterType + "，请求协调处理。");
        v.put(PEOPLE_INVOLVED, people);
        v.put(AMOUNT_AT_STAKE, amount);
        v.put(GROUP_INCIDENT, false);
        v.put(CROSS_AREA, false);
        v.put("registeredBy", "wangfang");
        return v;
    }

    ProcessInstance start(Map<String, Object> variables) {
        return window.register(variables);
    }

    String caseNo(ProcessInstance pi) {
        return (String) runtime.getVariable(pi.getId(), "caseNo");
    }

    Task task(ProcessInstance pi, String key) {
        List<Task> found = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
        assertThat(found).as("task %s", key).hasSize(1);
        return found.get(0);
    }

    void complete(ProcessInstance pi, String key, Object... keyValues) {
        tasks.complete(task(pi, key).getId(), vars(keyValues));
    }

    static Map<String, Object> vars(Object... keyValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    /** The unit-handling instance the call activity started (the latest, after a return). */
    ProcessInstance unitHandling(ProcessInstance pi) {
        return calledProcessInstance(pi);
    }

    void dispatch(ProcessInstance unit) {
        Job job = management.createJobQuery().processInstanceId(unit.getId()).singleResult();
        assertThat(job).as("dispatch job").isNotNull();
        management.executeJob(job.getId());
    }

    List<String> groups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> l.getGroupId() != null).map(IdentityLink::getGroupId).toList();
    }

    /** 转办 to 住建局, the order dispatched and signed for: the unit's handling has begun. */
    /**
     * The case's trail without document lines: the 调解协议书 is written in the background after 调解成功,
     * so its line lands wherever the walk is by then (documents.MediationPapersTest holds it).
     */
    List<CaseEvent> loopTrail(String caseNo) {
        return ledger.trail(caseNo).stream().filter(e -> !"DOCUMENT_ADDED".equals(e.kind())).toList();
    }

    ProcessInstance signedForByHousing(ProcessInstance pi) {
        complete(pi, TaskKeys.ASSESS_CASE, "grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ");
        ProcessInstance unit = unitHandling(pi);
        dispatch(unit);
        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(),
                vars("signDecision", "SIGN"));
        return unit;
    }

    void notifyAndVisit(ProcessInstance pi, String satisfaction) {
        complete(pi, TaskKeys.NOTIFY_CITIZEN, "notifyMethod", "PHONE", "notifyContent", "已电话告知群众办理结果。");
        complete(pi, TaskKeys.RETURN_VISIT, "reached", "YES", "satisfaction", satisfaction, "visitComment", "群众表示认可");
    }

    @Test
    void smallNeighbourDisputeIsMediatedOnTheSpotAndClosed() {
        ProcessInstance pi = start(walkIn("邻里纠纷", 2, 800));
        String caseNo = caseNo(pi);

        assertThat(pi).isWaitingAt(TaskKeys.ASSESS_CASE);
        assertThat(caseNo).matches("SFX-\\d{4}-\\d{6}");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                .processDefinitionKey(ProcessKeys.CASE_HANDLING)
                .singleResult().getId())
                .isEqualTo(pi.getId());
        assertThat(runtime.getVariables(pi.getId())).containsEntry("grade", "GENERAL").containsEntry("mode", "ON_SPOT")
                .doesNotContainKeys("reporterName", "reporterPhone");
        assertThat(task(pi, TaskKeys.ASSESS_CASE).getDueDate()).isNotNull();

        complete(pi, TaskKeys.ASSESS_CASE, "grade", "GENERAL", "mode", "ON_SPOT");
        assertThat(pi).isWaitingAt(TaskKeys.MEDIATE_ON_SPOT);
        assertThat(groups(task(pi, TaskKeys.MEDIATE_ON_SPOT))).containsExactly("mediator");
        complete(pi, TaskKeys.MEDIATE_ON_SPOT, "onSpotResolved", "YES", "agreementSummary", "双方同意共同修缮围墙");
        assertThat(pi).isWaitingAt(TaskKeys.NOTIFY_CITIZEN);
        notifyAndVisit(pi, "SATISFIED");

        assertThat(pi).isEnded().hasPassed(TaskKeys.MEDIATE_ON_SPOT, "Task_CloseCase");
        CaseRecord record = ledger.find(caseNo).orElseThrow();
        assertThat(record.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(record.closedAt()).isNotNull();
        assertThat(record.grade()).isEqualTo("GENERAL");
        assertThat(record.reporterName()).isEqualTo("张秀英");
        assertThat(loopTrail(caseNo)).extracting(CaseEvent::kind)
                .startsWith("REGISTERED").contains("ASSESSED", "TASK_COMPLETED").endsWith("CLOSED");
    }

    @Test
    void transferredCaseIsSignedMediatedToldVisitedAndClosed() {
        ProcessInstance pi = start(walkIn("物业纠纷", 3, 3000));
        String caseNo = caseNo(pi);
        assertThat(runtime.getVariables(pi.getId())).containsEntry("leadUnit", "ZJJ").containsEntry("routeBasis", "MATTER");

        complete(pi, TaskKeys.ASSESS_CASE, "grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ");
        assertThat(pi).isWaitingAt("CallActivity_UnitHandling");
        ProcessInstance unit = unitHandling(pi);
        assertThat(unit.getBusinessKey()).isEqualTo(caseNo);
        assertThat(unit).isWaitingAt("Task_DispatchOrder");
        dispatch(unit);

        assertThat(unit).isWaitingAt(TaskKeys.SIGN_FOR);
        Task sign = tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult();
        assertThat(groups(sign)).containsExactly("unit-ZJJ");
        assertThat(sign.getDueDate()).isNotNull();
        assertThat(ledger.find(caseNo).orElseThrow().status()).isEqualTo(CaseStatus.ASSIGNED);
        tasks.complete(sign.getId(), vars("signDecision", "SIGN"));

        Task handle = tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult();
        assertThat(handle.getTaskDefinitionKey()).isEqualTo(TaskKeys.HANDLE);
        assertThat(Duration.between(handle.getCreateTime().toInstant(), handle.getDueDate().toInstant()))
                .as("一般 matters: 7 days").isBetween(Duration.ofDays(7).minusMinutes(1), Duration.ofDays(7));
        assertThat(tasks.getVariable(handle.getId(), "dueBasis")).asString().isNotBlank();
        CaseRecord handling = ledger.find(caseNo).orElseThrow();
        assertThat(handling.status()).isEqualTo(CaseStatus.HANDLING);
        assertThat(handling.responsibleUnitCode()).isEqualTo("ZJJ");
        assertThat(handling.dueAt()).isNotNull();
        tasks.complete(handle.getId(), vars("handlingWay", "PEOPLE_MEDIATION", "handlingOutcome", "AGREEMENT",
                "agreementSummary", "物业公司承诺十日内修复电梯"));

        assertThat(pi).isWaitingAt(TaskKeys.NOTIFY_CITIZEN);
        assertThat(ledger.find(caseNo).orElseThrow().status()).isEqualTo(CaseStatus.FEEDBACK);
        notifyAndVisit(pi, "BASICALLY_SATISFIED");
        assertThat(pi).isEnded();
        assertThat(ledger.find(caseNo).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void returnedOrderGoesBackToAssessmentWithItsReasonAndIsReassigned() {
        ProcessInstance pi = start(walkIn("物业纠纷", 3, 3000));
        complete(pi, TaskKeys.ASSESS_CASE, "grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ");
        ProcessInstance first = unitHandling(pi);
        dispatch(first);
        Task sign = tasks.createTaskQuery().processInstanceId(first.getId()).singleResult();

        assertThatThrownBy(() -> tasks.complete(sign.getId(), vars("signDecision", "RETURN")))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("退回理由");
        assertThat(tasks.createTaskQuery().taskId(sign.getId()).count()).as("nothing saved").isEqualTo(1);

        tasks.complete(sign.getId(), vars("signDecision", "RETURN", "returnReason", "该小区物业属城关镇属地管理"));
        assertThat(pi).isWaitingAt(TaskKeys.ASSESS_CASE);
        assertThat(runtime.getVariable(pi.getId(), "returnReason")).isEqualTo("该小区物业属城关镇属地管理");

        complete(pi, TaskKeys.ASSESS_CASE, "grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "SFX-CG");
        ProcessInstance second = unitHandling(pi);
        assertThat(second.getId()).isNotEqualTo(first.getId());
        dispatch(second);
        Task newSign = tasks.createTaskQuery().processInstanceId(second.getId()).singleResult();
        assertThat(groups(newSign)).containsExactly("unit-SFX-CG");
        assertThat(loopTrail(caseNo(pi))).extracting(CaseEvent::detail).anyMatch(d -> d.contains("退回"));
    }

    @Test
    void jointHandlingGathersTwoCoUnitsBeforeTheLeadUnitConcludes() {
        Map<String, Object> v = walkIn("征地拆迁纠纷", 12, 250000);
        ProcessInstance pi = start(v);
        assertThat(runtime.getVariable(pi.getId(), "grade")).isEqualTo("MAJOR");

        complete(pi, TaskKeys.ASSESS_CASE, "grade", "MAJOR", "mode", "JOINT", "leadUnit", "ZRZYJ",
                "coUnits", List.of("GAJ", "SFJ"));
        List<Task> coTasks = tasks.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(TaskKeys.CO_HANDLE).list();
        assertThat(coTasks).hasSize(2);
        assertThat(coTasks.stream().flatMap(t -> groups(t).stream()).toList())
                .containsExactlyInAnyOrder("unit-GAJ", "unit-SFJ");
        for (Task co : coTasks) {
            tasks.complete(co.getId(), vars("contribution", groups(co).get(0) + " 已参与现场核查"));
        }

        ProcessInstance lead = unitHandling(pi);
        dispatch(lead);
        Task sign = tasks.createTaskQuery().processInstanceId(lead.getId()).singleResult();
        assertThat(groups(sign)).containsExactly("unit-ZRZYJ");
        tasks.complete(sign.getId(), vars("signDecision", "SIGN"));
        assertThat((String) runtime.getVariable(lead.getId(), "coContributions"))
                .contains("县公安局：unit-GAJ 已参与现场核查").contains("县司法局：");
    }

    @Test
    void significantCaseGoesToConsultationAndALeaderTakesCharge() {
        Map<String, Object> v = walkIn("劳动争议", 60, 800000);
        v.put(GROUP_INCIDENT, true);
        ProcessInstance pi = start(v);
        assertThat(runtime.getVariables(pi.getId())).containsEntry("grade", "SIGNIFICANT").containsEntry("mode", "LEADER");

        complete(pi, TaskKeys.ASSESS_CASE, "grade", "SIGNIFICANT", "mode", "LEADER", "leadUnit", "RSJ", "leader", "xugang");
        assertThat(pi).isWaitingAt(TaskKeys.CONSULTATION_MEETING);
        assertThatThrownBy(() -> complete(pi, TaskKeys.CONSULTATION_MEETING, "participants", "杨光、徐刚、赵敏"))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("会议纪要");
        complete(pi, TaskKeys.CONSULTATION_MEETING, "participants", "杨光、徐刚、赵敏、县人社局", "minutes",
                "研究欠薪处置方案", "meetingDecision", "由徐刚包案，人社局牵头", "grade", "SIGNIFICANT", "mode", "LEADER",
                "leadUnit", "RSJ", "leader", "xugang");
        assertThat(pi).isWaitingAt(TaskKeys.LEADER_PLAN);
        assertThat(task(pi, TaskKeys.LEADER_PLAN).getAssignee()).isEqualTo("xugang");
        assertThatThrownBy(() -> complete(pi, TaskKeys.LEADER_PLAN, "plan", "一事一策", "leadUnit", "NOPE"))
                .hasMessageContaining("牵头单位（未知单位 NOPE）");
        // The leader's plan gives the case to 司法局 instead of 人社局: the ledger follows.
        complete(pi, TaskKeys.LEADER_PLAN, "plan", "一事一策：先行垫付部分工资，同步立案查处", "leadUnit", "SFJ");
        assertThat(pi).isWaitingAt("CallActivity_UnitHandling");
        assertThat(ledger.find(caseNo(pi)).orElseThrow().responsibleUnitCode()).isEqualTo("SFJ");
        assertThat(runtime.getVariable(unitHandling(pi).getId(), "unit")).isEqualTo("SFJ");
        assertThat(ledger.find(caseNo(pi)).orElseThrow().grade()).isEqualTo("SIGNIFICANT");
        // What the meeting and the leader wrote stays in the ledger, after the engine's history is cleaned up.
        assertThat(loopTrail(caseNo(pi))).filteredOn(e -> e.detail().startsWith("完成：召开会商研判会"))
                .singleElement().extracting(CaseEvent::values).asList().contains(
                        new StepValue("participants", "参会人员", "杨光、徐刚、赵敏、县人社局"),
                        new StepValue("minutes", "会议纪要", "研究欠薪处置方案"),
                        new StepValue("meetingDecision", "会商意见", "由徐刚包案，人社局牵头"));
        assertThat(loopTrail(caseNo(pi))).filteredOn(e -> e.detail().startsWith("完成：制定一事一策"))
                .singleElement().extracting(CaseEvent::values).asList()
                .contains(new StepValue("plan", "一事一策化解方案", "一事一策：先行垫付部分工资，同步立案查处"),
                        // a choice from the directory's list is kept as people read it, not as its code
                        new StepValue("leadUnit", "牵头单位", "县司法局"));
    }

    @Test
    void aMeetingThatDecidesOnJointHandlingNamesItsCoUnitsOnItsForm() throws Exception {
        Map<String, Object> v = walkIn("劳动争议", 60, 800000);
        v.put(GROUP_INCIDENT, true);
        ProcessInstance pi = start(v);
        complete(pi, TaskKeys.ASSESS_CASE, "grade", "SIGNIFICANT", "mode", "LEADER", "leadUnit", "RSJ", "leader", "xugang");
        String meeting = task(pi, TaskKeys.CONSULTATION_MEETING).getId();
        String body = """
                {"variables": {"participants": {"value": "杨光、赵敏"}, "minutes": {"value": "研究处置方案"},
                 "meetingDecision": {"value": "人社局牵头，公安、司法协办"}, "mode": {"value": "JOINT"},
                 "leadUnit": {"value": "RSJ"}, "coUnits": {"value": "[\\"GAJ\\",\\"SFJ\\"]", "type": "Json"}}}""";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> done = rest.withBasicAuth("yangguang", "yangguang").postForEntity(
                "/engine-rest/task/" + meeting + "/submit-form", new HttpEntity<>(body, headers), String.class);
        assertThat(done.getStatusCode().is2xxSuccessful()).as(done.getBody()).isTrue();
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TaskKeys.CO_HANDLE).list())
                .extracting(t -> groups(t).get(0)).containsExactlyInAnyOrder("unit-GAJ", "unit-SFJ");
    }

    @Test
    void approvedExtensionMovesTheDeadlineAndRefusedOneKeepsIt() {
        ProcessInstance pi = start(walkIn("物业纠纷", 3, 3000));
        ProcessInstance unit = signedForByHousing(pi);
        Task handle = tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult();
        Date firstDue = handle.getDueDate();

        assertThatThrownBy(() -> tasks.complete(handle.getId(), vars("handlingWay", "SELF",
                "handlingOutcome", "EXTENSION", "extensionDays", 5L)))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("延期理由");
        tasks.complete(handle.getId(), vars("handlingWay", "SELF", "handlingOutcome", "EXTENSION",
                "extensionDays", 5L, "extensionReason", "需等待房屋安全鉴定结果"));
        assertThat(unit).isWaitingAt(TaskKeys.REVIEW_EXTENSION);
        Task review = tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult();
        assertThat(groups(review)).containsExactly("supervisor");
        tasks.complete(review.getId(), vars("extensionApproved", "YES"));

        Task again = tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult();
        assertThat(again.getTaskDefinitionKey()).isEqualTo(TaskKeys.HANDLE);
        assertThat(Duration.between(firstDue.toInstant(), again.getDueDate().toInstant()).toDays()).isEqualTo(5);
        assertThat(ledger.find(caseNo(pi)).orElseThrow().dueAt().toInstant()).isEqualTo(again.getDueDate().toInstant());

        tasks.complete(again.getId(), vars("handlingWay", "SELF", "handlingOutcome", "EXTENSION",
                "extensionDays", 10L, "extensionReason", "再次申请"));
        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(),
                vars("extensionApproved", "NO", "extensionReviewNote", "不予延期，请按期办结"));
        Task third = tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult();
        assertThat(third.getTaskDefinitionKey()).isEqualTo(TaskKeys.HANDLE);
        assertThat(third.getDueDate()).isEqualTo(again.getDueDate());
    }

    @Test
    void judicialConfirmationWaitsForTheCourtBeforeFeedback() {
        ProcessInstance pi = start(walkIn("物业纠纷", 3, 3000));
        ProcessInstance unit = signedForByHousing(pi);
        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(),
                vars("handlingWay", "PEOPLE_MEDIATION", "handlingOutcome", "JUDICIAL_CONFIRMATION",
                        "agreementSummary", "分期赔偿，申请司法确认"));

        assertThat(pi).isWaitingAt(TaskKeys.RECORD_JUDICIAL_CONFIRMATION);
        Task court = task(pi, TaskKeys.RECORD_JUDICIAL_CONFIRMATION);
        assertThat(groups(court)).containsExactly("unit-FY");
        assertThat(Duration.between(court.getCreateTime().toInstant(), court.getDueDate().toInstant()).toDays())
                .isEqualTo(30);
        complete(pi, TaskKeys.RECORD_JUDICIAL_CONFIRMATION, "confirmationResult", "CONFIRMED", "rulingNo", "（2026）示民特12号");
        assertThat(pi).isWaitingAt(TaskKeys.NOTIFY_CITIZEN);
    }

    @Test
    void dissatisfiedCitizenReopensTheCaseWhichThenCloses() {
        ProcessInstance pi = start(walkIn("邻里纠纷", 2, 800));
        String caseNo = caseNo(pi);
        complete(pi, TaskKeys.ASSESS_CASE, "grade", "GENERAL", "mode", "ON_SPOT");
        complete(pi, TaskKeys.MEDIATE_ON_SPOT, "onSpotResolved", "YES", "agreementSummary", "口头和解");
        complete(pi, TaskKeys.NOTIFY_CITIZEN, "notifyMethod", "PHONE", "notifyContent", "已告知");

        assertThatThrownBy(() -> complete(pi, TaskKeys.RETURN_VISIT, "reached", "YES"))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("满意度");
        complete(pi, TaskKeys.RETURN_VISIT, "reached", "YES", "satisfaction", "DISSATISFIED", "visitComment", "对方未履行");

        assertThat(pi).isWaitingAt(TaskKeys.ASSESS_CASE);
        assertThat(runtime.getVariable(pi.getId(), "reopenCount")).isEqualTo(1L);
        CaseRecord reopened = ledger.find(caseNo).orElseThrow();
        assertThat(reopened.reopenCount()).isEqualTo(1);
        assertThat(reopened.status()).isEqualTo(CaseStatus.ASSESSING);

        complete(pi, TaskKeys.ASSESS_CASE, "grade", "GENERAL", "mode", "ON_SPOT");
        complete(pi, TaskKeys.MEDIATE_ON_SPOT, "onSpotResolved", "YES", "agreementSummary", "书面协议，当场履行");
        notifyAndVisit(pi, "SATISFIED");
        assertThat(pi).isEnded();
        assertThat(ledger.find(caseNo).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(loopTrail(caseNo)).extracting(CaseEvent::kind).contains("REOPENED").endsWith("CLOSED");
        // The figures count the checked codes, one row per round (docs/figures.md)
        assertThat(jdbc.queryForList("select handling_round, handling_way, outcome from handling_outcomes "
                + "where case_no = ? order by id", caseNo)).containsExactly(
                Map.of("handling_round", 0, "handling_way", "ON_SPOT_MEDIATION", "outcome", "AGREEMENT"),
                Map.of("handling_round", 1, "handling_way", "ON_SPOT_MEDIATION", "outcome", "AGREEMENT"));
        assertThat(jdbc.queryForList("select handling_round, reached, satisfaction from return_visits "
                + "where case_no = ? order by id", caseNo)).containsExactly(
                Map.of("handling_round", 0, "reached", true, "satisfaction", "DISSATISFIED"),
                Map.of("handling_round", 1, "reached", true, "satisfaction", "SATISFIED"));
    }

    @Test
    void failedOnSpotMediationGoesBackToAssessmentWithTheMediatorsReason() {
        ProcessInstance pi = start(walkIn("物业纠纷", 2, 800));
        String caseNo = caseNo(pi);
        complete(pi, TaskKeys.ASSESS_CASE, "grade", "GENERAL", "mode", "ON_SPOT");

        assertThatThrownBy(() -> complete(pi, TaskKeys.MEDIATE_ON_SPOT, "onSpotResolved", "NO"))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("未化解原因");
        complete(pi, TaskKeys.MEDIATE_ON_SPOT, "onSpotResolved", "NO",
                "onSpotNotResolvedReason", "物业公司拒不到场，需住建局介入", "mediationNote", "已调解两小时");

        assertThat(pi).isWaitingAt(TaskKeys.ASSESS_CASE);
        Task again = task(pi, TaskKeys.ASSESS_CASE);
        assertThat(tasks.getVariable(again.getId(), "onSpotNotResolvedReason")).isEqualTo("物业公司拒不到场，需住建局介入");
        assertThat(tasks.getVariable(again.getId(), "mediationNote")).isEqualTo("已调解两小时");
        assertThat(ledger.find(caseNo).orElseThrow().status()).isEqualTo(CaseStatus.ASSESSING);
        assertThat(ledger.find(caseNo).orElseThrow().responsibleUnitCode()).as("nobody chose a unit yet").isNull();
        assertThat(loopTrail(caseNo)).extracting(CaseEvent::detail)
                .anyMatch(d -> d.contains("未当场化解，退回研判（物业公司拒不到场，需住建局介入）"));

        complete(pi, TaskKeys.ASSESS_CASE, "grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ");
        assertThat(ledger.find(caseNo).orElseThrow().responsibleUnitCode()).isEqualTo("ZJJ");
        ProcessInstance unit = unitHandling(pi);
        dispatch(unit);
        assertThat(groups(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult()))
                .containsExactly("unit-ZJJ");
        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(),
                vars("signDecision", "SIGN"));
        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(),
                vars("handlingWay", "ADMIN_MEDIATION", "handlingOutcome", "AGREEMENT", "agreementSummary", "物业限期整改"));
        notifyAndVisit(pi, "SATISFIED");

        assertThat(pi).isEnded();
        CaseRecord closed = ledger.find(caseNo).orElseThrow();
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.responsibleUnitCode()).isEqualTo("ZJJ");
        assertThat(loopTrail(caseNo)).extracting(CaseEvent::kind).endsWith("CLOSED");
        assertThat(letters.forCase(caseNo)).as("every step in time: no letter").isEmpty();
    }

    /** 转办 to 住建局, signed for, concluded with the given outcome and fields. */
    void handledByHousing(ProcessInstance pi, Object... outcome) {
        ProcessInstance unit = signedForByHousing(pi);
        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(), vars(outcome));
    }

    void notifyVisitAndExpectClosed(ProcessInstance pi, String caseNo) {
        notifyAndVisit(pi, "SATISFIED");
        assertThat(pi).isEnded();
        CaseRecord closed = ledger.find(caseNo).orElseThrow();
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.closedAs()).isEqualTo(ClosedAs.VISITED);
        assertThat(loopTrail(caseNo)).extracting(CaseEvent::kind).endsWith("CLOSED");
        assertThat(letters.forCase(caseNo)).as("every step in time: no letter").isEmpty();
    }

    @Test
    void unresolvedCaseGoesBackToAssessmentWithTheUnitsReasonAndIsHandledAgain() {
        ProcessInstance pi = start(walkIn("物业纠纷", 3, 3000));
        String caseNo = caseNo(pi);
        handledByHousing(pi, "handlingWay", "ADMIN_MEDIATION", "handlingOutcome", "NOT_RESOLVED",
                "notResolvedReason", "业主与物业分歧较大，本局无法化解");

        assertThat(pi).isWaitingAt(TaskKeys.DECIDE_NEXT_ROUTE);
        assertThat(groups(task(pi, TaskKeys.DECIDE_NEXT_ROUTE))).containsExactly("assessor");
        assertThat(ledger.find(caseNo).orElseThrow().status()).isEqualTo(CaseStatus.ASSESSING);
        complete(pi, TaskKeys.DECIDE_NEXT_ROUTE, "nextRoute", "REASSESS", "nextRouteNote", "改由城关镇属地调处");

        assertThat(pi).isWaitingAt(TaskKeys.ASSESS_CASE);
        Task again = task(pi, TaskKeys.ASSESS_CASE);
        assertThat(tasks.getVariable(again.getId(), "notResolvedReason")).isEqualTo("业主与物业分歧较大，本局无法化解");
        assertThat(loopTrail(caseNo)).extracting(CaseEvent::detail)
                .anyMatch(d -> d.contains("未化解"))
                .anyMatch(d -> d.contains("确定后续途径：重新研判（改由城关镇属地调处）"));

        complete(pi, TaskKeys.ASSESS_CASE, "grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "SFX-CG");
        ProcessInstance unit = unitHandling(pi);
        dispatch(unit);
        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(),
                vars("signDecision", "SIGN"));
        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(),
                vars("handlingWay", "PEOPLE_MEDIATION", "handlingOutcome", "AGREEMENT", "agreementSummary", "物业减免半年物业费"));
        notifyVisitAndExpectClosed(pi, caseNo);
        assertThat(ledger.find(caseNo).orElseThrow().responsibleUnitCode()).isEqualTo("SFX-CG");
    }

    @Test
    void unresolvedCaseGuidedToLitigationRecordsWhereAndWhenAndCloses() {
        ProcessInstance pi = start(walkIn("物业纠纷", 3, 3000));
        String caseNo = caseNo(pi);
        handledByHousing(pi, "handlingWay", "ADMIN_MEDIATION", "handlingOutcome", "NOT_RESOLVED",
                "notResolvedReason", "物业公司坚持按合同收费");

        assertThatThrownBy(() -> complete(pi, TaskKeys.DECIDE_NEXT_ROUTE, "nextRoute", "LEGAL_ROUTE",
                "legalRoute", "LITIGATION"))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("引导日期").hasMessageContaining("引导至");
        complete(pi, TaskKeys.DECIDE_NEXT_ROUTE, "nextRoute", "LEGAL_ROUTE", "legalRoute", "LITIGATION",
                "guidedOn", "2026-03-02", "guidedTo", "县人民法院立案庭");

        assertThat(pi).isWaitingAt(TaskKeys.NOTIFY_CITIZEN);
        assertThat(loopTrail(caseNo)).extracting(CaseEvent::detail)
                .anyMatch(d -> d.contains("引导诉讼，2026-03-02 引导至县人民法院立案庭"));
        notifyVisitAndExpectClosed(pi, caseNo);
    }

    @Test
    void rejectedJudicialConfirmationIsNotClosedLikeASuccess() {
        ProcessInstance pi = start(walkIn("物业纠纷", 3, 3000));
        String caseNo = caseNo(pi);
        handledByHousing(pi, "handlingWay", "PEOPLE_MEDIATION", "handlingOutcome", "JUDICIAL_CONFIRMATION",
                "agreementSummary", "分期赔偿，申请司法确认");
        complete(pi, TaskKeys.RECORD_JUDICIAL_CONFIRMATION, "confirmationResult", "REJECTED",
                "confirmationNote", "协议内容违反法律强制性规定");

        assertThat(pi).isWaitingAt(TaskKeys.DECIDE_NEXT_ROUTE);
        assertThat(tasks.getVariable(task(pi, TaskKeys.DECIDE_NEXT_ROUTE).getId(), "confirmationNote"))
                .isEqualTo("协议内容违反法律强制性规定");
        assertThat(loopTrail(caseNo)).extracting(CaseEvent::detail)
                .anyMatch(d -> d.contains("裁定驳回申请（协议内容违反法律强制性规定）"));
        complete(pi, TaskKeys.DECIDE_NEXT_ROUTE, "nextRoute", "LEGAL_ROUTE", "legalRoute", "ARBITRATION",
                "guidedOn", "2026-03-05", "guidedTo", "县劳动人事争议仲裁委员会");

        assertThat(pi).isWaitingAt(TaskKeys.NOTIFY_CITIZEN);
        assertThat(loopTrail(caseNo)).extracting(CaseEvent::detail)
                .anyMatch(d -> d.contains("引导仲裁，2026-03-05 引导至县劳动人事争议仲裁委员会"));
        notifyVisitAndExpectClosed(pi, caseNo);
    }

    /** Mediated on the spot and told: the return visit is due. */
    ProcessInstance atReturnVisit() {
        ProcessInstance pi = start(walkIn("邻里纠纷", 2, 800));
        complete(pi, TaskKeys.ASSESS_CASE, "grade", "GENERAL", "mode", "ON_SPOT");
        complete(pi, TaskKeys.MEDIATE_ON_SPOT, "onSpotResolved", "YES", "agreementSummary", "双方同意共同修缮围墙");
        complete(pi, TaskKeys.NOTIFY_CITIZEN, "notifyMethod", "PHONE", "notifyContent", "已电话告知群众办理结果。");
        return pi;
    }

    /** Nobody answered: the visit waits for the next working day, then the 回访员 has it again. */
    void notReachedAndTriedAgainNextWorkingDay(ProcessInstance pi) {
        Date visited = ClockUtil.getCurrentTime();
        complete(pi, TaskKeys.RETURN_VISIT, "reached", "NO", "visitComment", "电话无人接听");
        assertThat(pi).isWaitingAt("Event_NextWorkingDay");
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        Job retry = management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        java.time.ZonedDateTime due = retry.getDuedate().toInstant().atZone(ChinaTime.ZONE);
        assertThat(due.toLocalTime()).isEqualTo(java.time.LocalTime.of(9, 0));
        assertThat(due.toLocalDate()).isAfter(visited.toInstant().atZone(ChinaTime.ZONE).toLocalDate());
        assertThat(due.getDayOfWeek()).isNotIn(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);

        ClockUtil.setCurrentTime(retry.getDuedate());
        management.executeJob(retry.getId());
        assertThat(pi).isWaitingAt(TaskKeys.RETURN_VISIT);
        assertThat(groups(task(pi, TaskKeys.RETURN_VISIT))).containsExactly("visitor");
    }

    @Test
    void citizenNotReachedTwiceIsVisitedAgainOnOtherDaysAndThenCloses() {
        ProcessInstance pi = atReturnVisit();
        String caseNo = caseNo(pi);
        notReachedAndTriedAgainNextWorkingDay(pi);
        notReachedAndTriedAgainNextWorkingDay(pi);
        complete(pi, TaskKeys.RETURN_VISIT, "reached", "YES", "satisfaction", "SATISFIED", "visitComment", "群众表示认可");

        assertThat(pi).isEnded().hasPassed("Task_CloseCase").hasNotPassed("Task_CloseUnreachable");
        CaseRecord closed = ledger.find(caseNo).orElseThrow();
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.closedAs()).isEqualTo(ClosedAs.VISITED);
        assertThat(loopTrail(caseNo)).extracting(CaseEvent::detail)
                .anyMatch(d -> d.contains("第1次未联系上群众")).anyMatch(d -> d.contains("第2次未联系上群众"));
        assertThat(loopTrail(caseNo)).extracting(CaseEvent::kind).endsWith("CLOSED");
        assertThat(letters.forCase(caseNo)).isEmpty();
    }

    @Test
    void citizenNotReachedThreeTimesClosesAsUnreachable() {
        ProcessInstance pi = atReturnVisit();
        String caseNo = caseNo(pi);
        notReachedAndTriedAgainNextWorkingDay(pi);
        notReachedAndTriedAgainNextWorkingDay(pi);
        complete(pi, TaskKeys.RETURN_VISIT, "reached", "NO", "visitComment", "号码已停机");

        assertThat(pi).isEnded().hasPassed("Task_CloseUnreachable").hasNotPassed("Task_CloseCase");
        CaseRecord closed = ledger.find(caseNo).orElseThrow();
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.closedAs()).isEqualTo(ClosedAs.UNREACHABLE);
        assertThat(closed.closedAt()).isNotNull();
        CaseEvent last = loopTrail(caseNo).get(loopTrail(caseNo).size() - 1);
        assertThat(last.kind()).isEqualTo("CLOSED");
        assertThat(last.detail()).contains("无法联系");
        assertThat(loopTrail(caseNo)).extracting(CaseEvent::detail).anyMatch(d -> d.contains("第3次未联系上群众"));
        assertThat(letters.forCase(caseNo)).isEmpty();
        assertThat(jdbc.queryForList("select reached from return_visits where case_no = ?", Boolean.class, caseNo))
                .containsExactly(false, false, false);
    }

    @Test
    void feedbackAndVisitFormsShowWhomToCallMaskedWithALinkToTheFullNumbers() {
        ProcessInstance pi = start(walkIn("邻里纠纷", 2, 800));
        String caseNo = caseNo(pi);
        complete(pi, TaskKeys.ASSESS_CASE, "grade", "GENERAL", "mode", "ON_SPOT");
        complete(pi, TaskKeys.MEDIATE_ON_SPOT, "onSpotResolved", "YES", "agreementSummary", "双方同意共同修缮围墙");

        Task notify = task(pi, TaskKeys.NOTIFY_CITIZEN);
        assertThat(tasks.getVariablesLocal(notify.getId())).containsEntry("reporterName", "张*英")
                .containsEntry("reporterPhone", "139****0001");
        try (var form = engine.getFormService().getDeployedTaskForm(notify.getId())) {
            assertThat(new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .as("the form shows these values and the link").contains("\"reporterName\"", "\"reporterPhone\"",
                            "{{contactLink}}");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String notifyLink = (String) tasks.getVariableLocal(notify.getId(), "contactLink");
        assertThat(notifyLink).contains("/api/cases/" + caseNo + "/personal-data?reason="
                + java.net.URLEncoder.encode("反馈结果", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(runtime.getVariables(pi.getId())).as("display values stay on the task")
                .doesNotContainKeys("reporterName", "reporterPhone");
        complete(pi, TaskKeys.NOTIFY_CITIZEN, "notifyMethod", "PHONE", "notifyContent", "已电话告知群众办理结果。");

        Task visit = task(pi, TaskKeys.RETURN_VISIT);
        assertThat(tasks.getVariablesLocal(visit.getId())).containsEntry("reporterName", "张*英")
                .containsEntry("reporterPhone", "139****0001");
        String link = (String) tasks.getVariableLocal(visit.getId(), "contactLink");
        java.util.regex.Matcher url = java.util.regex.Pattern.compile("\\((/api/[^)]+)\\)").matcher(link);
        assertThat(url.find()).as("a markdown link in %s", link).isTrue();
        ResponseEntity<String> revealed = rest.withBasicAuth("chenjing", "chenjing")
                .getForEntity(java.net.URI.create(rest.getRootUri() + url.group(1)), String.class);
        assertThat(revealed.getStatusCode().value()).isEqualTo(200);
        assertThat(revealed.getBody()).contains("13907310001", "张秀英");
        complete(pi, TaskKeys.RETURN_VISIT, "reached", "YES", "satisfaction", "SATISFIED");
        assertThat(pi).isEnded();
    }

    @Test
    void assessmentWithoutRequiredFieldsIsRefusedAndChangesNothing() {
        ProcessInstance pi = start(walkIn("物业纠纷", 3, 3000));
        Task assess = task(pi, TaskKeys.ASSESS_CASE);
        int trail = loopTrail(caseNo(pi)).size();

        assertThatThrownBy(() -> tasks.complete(assess.getId(), vars("grade", "GENERAL", "mode", "JOINT",
                "leadUnit", "ZJJ")))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("研判定级").hasMessageContaining("协办单位");
        assertThatThrownBy(() -> tasks.complete(assess.getId(), vars("grade", "GENERAL", "mode", "TRANSFER",
                "leadUnit", "NOPE")))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("未知单位 NOPE");
        assertThat(pi).isWaitingAt(TaskKeys.ASSESS_CASE);
        assertThat(loopTrail(caseNo(pi))).hasSize(trail);
    }
}
