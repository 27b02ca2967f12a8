package org.zongzhi.casehandling.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.UnitSystem;
import org.zongzhi.casehandling.WindowClerk;
import org.zongzhi.casehandling.cases.CaseEvent;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.process.TaskKeys;

/**
 * 不满意 → reopened → assessed again → handled late again: the second round's unit gets its own
 * 《工作提示函》 with its own number; the first round's letter is neither found again nor re-sent.
 */
@CaseHandlingTest
class SecondRoundLettersTest {

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
    JdbcTemplate jdbc;

    ProcessInstance pi;
    String caseNo;
    UnitSystem housing;

    @BeforeEach
    void housingRunsItsOwnSystem() throws Exception {
        housing = UnitSystem.of(jdbc, "ZJJ", "/letters");
        pi = window.register(Map.of("reporterName", "钱玉兰", "reporterPhone", "13612345678",
                "matterType", "物业纠纷", "townshipCode", "SFX-XS", "summary", "楼顶漏水，物业拖延维修",
                "peopleInvolved", 3L, "amountAtStake", 5000.0, "registeredBy", "liqiang"));
        caseNo = (String) runtime.getVariable(pi.getId(), "caseNo");
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        housing.close();
    }

    @Test
    void aReopenedCaseHandledLateByAnotherUnitGivesThatUnitItsOwnReminder() {
        Letter first = firstRoundLateAt("ZJJ");

        secondRoundLateAt("GAJ");

        List<Letter> all = letters.forCase(caseNo);
        assertThat(all).hasSize(2);
        Letter second = all.get(1);
        assertThat(second.kind()).isEqualTo(LetterKind.REMINDER);
        assertThat(second.recipientUnitCode()).isEqualTo("GAJ");
        assertThat(second.handlingRound()).isEqualTo(1);
        assertThat(second.sequence()).isEqualTo(first.sequence() + 1);
        assertThat(all.get(0)).as("the first round's letter unchanged").isEqualTo(first);
        assertThat(lettersPushedToHousing()).as("the old letter is not pushed to housing again").hasSize(1);
    }

    @Test
    void aReopenedCaseHandledLateByTheSameUnitAgainGivesItASecondReminder() {
        Letter first = firstRoundLateAt("ZJJ");

        secondRoundLateAt("ZJJ");

        List<Letter> all = letters.forCase(caseNo);
        assertThat(all).extracting(Letter::kind).containsExactly(LetterKind.REMINDER, LetterKind.REMINDER);
        Letter second = all.get(1);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.letterNo()).isNotEqualTo(first.letterNo());
        assertThat(second.recipientUnitCode()).isEqualTo("ZJJ");
        List<String> pushed = lettersPushedToHousing();
        assertThat(pushed).as("one push per letter: the new one, not the old one again").hasSize(2);
        assertThat(pushed.get(0)).contains("\"letterNo\":\"" + first.letterNo() + "\"");
        assertThat(pushed.get(1)).contains("\"letterNo\":\"" + second.letterNo() + "\"");
        assertThat(ledger.trail(caseNo)).filteredOn(e -> e.kind().equals("LETTER_ISSUED"))
                .extracting(CaseEvent::detail).containsExactly(
                        "发出《工作提示函》" + first.letterNo() + "，主送县住房和城乡建设局",
                        "发出《工作提示函》" + second.letterNo() + "，主送县住房和城乡建设局");
        ProcessInstance secondUnit = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId())
                .singleResult();
        assertThat((String) runtime.getVariable(secondUnit.getId(), "letterLinks"))
                .as("the second round's handling form links the second letter only")
                .contains(second.letterNo()).doesNotContain(first.letterNo());
    }

    /** The letters housing's own system received (it receives its orders, 交办单, there too). */
    List<String> lettersPushedToHousing() {
        return housing.received().stream().filter(body -> body.contains("\"letterId\"")).toList();
    }

    /** Assessed to the unit, signed for, deadline passed: its 提示函; then concluded, told, visited 不满意. */
    Letter firstRoundLateAt(String unitCode) {
        ProcessInstance unit = assignAndSign(unitCode);
        lateBeyondHandlingDeadline(unit);
        assertThat(letters.forCase(caseNo)).singleElement()
                .satisfies(l -> assertThat(l.recipientUnitCode()).isEqualTo(unitCode));
        Letter first = letters.forCase(caseNo).get(0);
        assertThat(first.handlingRound()).isZero();
        conclude(unit);
        complete(TaskKeys.NOTIFY_CITIZEN, Map.of("notifyMethod", "PHONE", "notifyContent", "已电话告知群众办理结果。"));
        complete(TaskKeys.RETURN_VISIT, Map.of("reached", "YES", "satisfaction", "DISSATISFIED",
                "visitComment", "漏水仍未修好"));
        assertThat(ledger.find(caseNo).orElseThrow().reopenCount()).isEqualTo(1);
        return first;
    }

    void secondRoundLateAt(String unitCode) {
        ProcessInstance unit = assignAndSign(unitCode);
        lateBeyondHandlingDeadline(unit);
    }

    ProcessInstance assignAndSign(String unitCode) {
        complete(TaskKeys.ASSESS_CASE, Map.of("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", unitCode));
        ProcessInstance unit = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        runDueJobs(unit);
        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(),
                Map.of("signDecision", "SIGN"));
        return unit;
    }

    void lateBeyondHandlingDeadline(ProcessInstance unit) {
        Date due = (Date) runtime.getVariable(unit.getId(), "handlingDue");
        ClockUtil.setCurrentTime(Date.from(due.toInstant().plusSeconds(60)));
        runDueJobs(unit);
    }

    void conclude(ProcessInstance unit) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).taskDefinitionKey(TaskKeys.HANDLE)
                .singleResult().getId(), Map.of("handlingWay", "ADMIN_MEDIATION", "handlingOutcome", "AGREEMENT",
                "agreementSummary", "物业公司同意维修楼顶"));
    }

    void complete(String taskKey, Map<String, Object> fields) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey)
                .singleResult().getId(), fields);
    }

    /** What the job executor would do at the current engine time, for this unit's handling. */
    void runDueJobs(ProcessInstance unit) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(unit.getId()).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }
}
