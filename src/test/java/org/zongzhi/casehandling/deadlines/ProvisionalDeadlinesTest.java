package org.zongzhi.casehandling.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zongzhi.casehandling.process.ProcessVariables.DUE_PROVISIONAL;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_DUE_PROVISIONAL;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
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
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.WindowClerk;
import org.zongzhi.casehandling.cases.CaseEvent;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.TrailEvent;

/**
 * Deadlines across 31 December 2026, before the 2027 notice is entered: provisional, shown so on the
 * task, and counted again (task, ledger, handling deadline, ladder timer, trail) as an administrator
 * enters the notice's days through the calendar API.
 *
 * <p>The 2027 notice entered here is made up for the test (the real one may differ): it gives
 * Monday 4 January off after 元旦 and makes Saturday 9 January a working day, so deadlines move.
 */
@CaseHandlingTest
class ProvisionalDeadlinesTest {

    static final String NOTE = "（2027年放假安排尚未公布，暂按法定节假日计算）";
    static final String SOURCE = "测试用2027年放假安排";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    WindowClerk window;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    RepositoryService repository;
    @Autowired
    CaseLedger ledger;
    @Autowired
    PublicHolidayLoader loader;
    @Autowired
    JdbcTemplate jdbc;

    String workingDayHandling;

    @AfterEach
    void backToTheOfficialCalendar() {
        ClockUtil.reset();
        if (workingDayHandling != null) {
            repository.deleteDeployment(workingDayHandling, true);
        }
        jdbc.update("delete from calendar_days where updated_by <> ?", PublicHolidayLoader.LOADER);
        jdbc.update("delete from calendar_day_removals");
        loader.load(new ClassPathResource("supervision/public-holidays.yml"));
    }

    @Test
    void signingAcrossNewYear2027IsProvisionalUntilTheNoticeIsEnteredThenCountedAgain() {
        ProcessInstance unit = assignedToHousingAt("2026-12-31T10:00:00+08:00");
        String caseNo = unit.getBusinessKey();
        Task sign = openTask(unit);
        assertThat(sign.getName()).isEqualTo("签收交办单");
        assertThat(sign.getDueDate()).as("1 January is 元旦 by law, 2-3 January a weekend")
                .isEqualTo(china("2027-01-04T23:59:59"));
        assertThat(tasks.getVariableLocal(sign.getId(), "dueBasis")).isEqualTo("交办后1个工作日内签收" + NOTE);
        assertThat(ledgerDue(caseNo)).isEqualTo(china("2027-01-04T23:59:59"));

        enter("2027-01-01", "HOLIDAY", "元旦");
        enter("2027-01-04", "HOLIDAY", "元旦");
        sign = openTask(unit);
        assertThat(sign.getDueDate()).isEqualTo(china("2027-01-05T23:59:59"));
        assertThat(ledgerDue(caseNo)).isEqualTo(china("2027-01-05T23:59:59"));
        assertThat(tasks.getVariableLocal(sign.getId(), "dueBasis")).as("the rest of 2027 is not entered yet")
                .isEqualTo("交办后1个工作日内签收" + NOTE);
        assertThat(recounts(caseNo)).singleElement().asString()
                .contains("“签收交办单”期限由2027年1月4日23:59调整为2027年1月5日23:59（仍为暂定）")
                .contains("admin在工作日历中将2027-01-04设为放假");

        enterTheRestOf2027();
        sign = openTask(unit);
        assertThat(sign.getDueDate()).isEqualTo(china("2027-01-05T23:59:59"));
        assertThat(tasks.getVariableLocal(sign.getId(), "dueBasis")).isEqualTo("交办后1个工作日内签收");
        assertThat(tasks.getVariableLocal(sign.getId(), DUE_PROVISIONAL)).isNull();
        assertThat(recounts(caseNo)).hasSize(2).last().asString().contains("期限2027年1月5日23:59不变，不再为暂定");
    }

    @Test
    void theLadderTimerOverNewYear2027MovesWhenTheNoticeGivesADayOff() {
        ProcessInstance unit = assignedToHousingAt("2026-12-23T16:00:00+08:00");
        tasks.complete(openTask(unit).getId(), Map.of("signDecision", "SIGN"));
        Date handlingDue = (Date) runtime.getVariable(unit.getId(), "handlingDue");
        assertThat(handlingDue).as("7 calendar days").isEqualTo(china("2026-12-30T16:00:00"));
        ClockUtil.setCurrentTime(Date.from(handlingDue.toInstant().plusSeconds(60)));
        runDueJobs(unit);
        // 督办函 3 working days after the deadline: 31 December, (元旦), 4 and 5 January.
        assertThat(ladderTimer(unit)).isEqualTo(china("2027-01-05T23:59:59"));

        enter("2027-01-04", "HOLIDAY", "元旦");

        assertThat(ladderTimer(unit)).isEqualTo(china("2027-01-06T23:59:59"));
        assertThat(recounts(unit.getBusinessKey())).singleElement().asString()
                .contains("逾期督办时间由2027年1月5日23:59调整为2027年1月6日23:59");
    }

    @Test
    void aHandlingDeadlineInWorkingDaysIsCountedAgainWithItsTaskLedgerAndTimer() throws IOException {
        handlingInWorkingDays(3);
        ProcessInstance unit = assignedToHousingAt("2026-12-30T10:00:00+08:00");
        String caseNo = unit.getBusinessKey();
        tasks.complete(openTask(unit).getId(), Map.of("signDecision", "SIGN"));
        // 31 December, (元旦, weekend), 4 and 5 January.
        assertThat(runtime.getVariable(unit.getId(), "handlingDue")).isEqualTo(china("2027-01-05T23:59:59"));
        assertThat(runtime.getVariable(unit.getId(), "handlingDueBasis")).isEqualTo("武威：调解一周内办结" + NOTE);
        Task handle = openTask(unit);
        assertThat(handle.getDueDate()).isEqualTo(china("2027-01-05T23:59:59"));
        assertThat(tasks.getVariableLocal(handle.getId(), "dueBasis")).isEqualTo("武威：调解一周内办结" + NOTE);
        assertThat(ledgerDue(caseNo)).isEqualTo(china("2027-01-05T23:59:59"));
        assertThat(ladderTimer(unit)).isEqualTo(china("2027-01-05T23:59:59"));

        enter("2027-01-01", "HOLIDAY", "元旦");
        enter("2027-01-04", "HOLIDAY", "元旦");
        enterTheRestOf2027();

        assertThat(runtime.getVariable(unit.getId(), "handlingDue")).isEqualTo(china("2027-01-06T23:59:59"));
        assertThat(runtime.getVariable(unit.getId(), "handlingDueBasis")).isEqualTo("武威：调解一周内办结");
        assertThat(runtime.getVariable(unit.getId(), HANDLING_DUE_PROVISIONAL)).isNull();
        handle = openTask(unit);
        assertThat(handle.getDueDate()).isEqualTo(china("2027-01-06T23:59:59"));
        assertThat(tasks.getVariableLocal(handle.getId(), "dueBasis")).isEqualTo("武威：调解一周内办结");
        assertThat(ledgerDue(caseNo)).isEqualTo(china("2027-01-06T23:59:59"));
        assertThat(ladderTimer(unit)).isEqualTo(china("2027-01-06T23:59:59"));
        assertThat(recounts(caseNo)).anySatisfy(line -> assertThat(line)
                .contains("办理期限由2027年1月5日23:59调整为2027年1月6日23:59（仍为暂定）"));
        assertThat(recounts(caseNo)).last().asString().contains("办理期限2027年1月6日23:59不变，不再为暂定");
    }

    @Test
    void anApprovedExtensionStaysOnTopOfAHandlingDeadlineCountedAgain() throws IOException {
        handlingInWorkingDays(3);
        ProcessInstance unit = assignedToHousingAt("2026-12-30T10:00:00+08:00");
        tasks.complete(openTask(unit).getId(), Map.of("signDecision", "SIGN"));
        tasks.complete(openTask(unit).getId(), Map.of("handlingWay", "SELF", "handlingOutcome", "EXTENSION",
                "extensionDays", 10L, "extensionReason", "等待房屋安全鉴定"));
        tasks.complete(openTask(unit).getId(), Map.of("extensionApproved", "YES"));
        // 3 working days to 5 January, then 10 calendar days.
        assertThat(runtime.getVariable(unit.getId(), "handlingDue")).isEqualTo(china("2027-01-15T23:59:59"));

        enter("2027-01-04", "HOLIDAY", "元旦");

        assertThat(runtime.getVariable(unit.getId(), "handlingDue")).isEqualTo(china("2027-01-16T23:59:59"));
        assertThat(runtime.getVariable(unit.getId(), "handlingDueBasis"))
                .isEqualTo("武威：调解一周内办结；经批准延期10天" + NOTE);
        assertThat(openTask(unit).getDueDate()).isEqualTo(china("2027-01-16T23:59:59"));
        assertThat(ledgerDue(unit.getBusinessKey())).isEqualTo(china("2027-01-16T23:59:59"));
        assertThat(ladderTimer(unit)).isEqualTo(china("2027-01-16T23:59:59"));
    }

    /** A 物业纠纷 assessed and transferred to 县住房和城乡建设局 at the given China time, waiting for it to sign. */
    ProcessInstance assignedToHousingAt(String chinaTime) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(chinaTime).toInstant()));
        ProcessInstance pi = window.register(Map.of(
                "reporterName", "吴德明", "reporterPhone", "13512345678", "matterType", "物业纠纷",
                "townshipCode", "SFX-XS", "summary", "小区外墙脱落，物业拒不维修", "peopleInvolved", 4L,
                "amountAtStake", 20000.0, "registeredBy", "liqiang"));
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(),
                Map.of("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ"));
        ProcessInstance unit = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        runDueJobs(unit);
        return unit;
    }

    /** Deploys the time limits with 一般事项办理 counted in working days, as an administrator may set them. */
    void handlingInWorkingDays(int days) throws IOException {
        String dmn;
        try (InputStream in = new ClassPathResource("bpmn/time-limits.dmn").getInputStream()) {
            dmn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String edited = dmn
                .replace("<outputEntry id=\"OutputEntry_Handle_General_DueIn\"><text>\"P7D\"</text>",
                        "<outputEntry id=\"OutputEntry_Handle_General_DueIn\"><text>\"P" + days + "D\"</text>")
                .replace("<outputEntry id=\"OutputEntry_Handle_General_CountIn\"><text>\"CALENDAR_DAYS\"</text>",
                        "<outputEntry id=\"OutputEntry_Handle_General_CountIn\"><text>\"WORKING_DAYS\"</text>");
        assertThat(edited).isNotEqualTo(dmn);
        workingDayHandling = repository.createDeployment().name("test: handling in working days")
                .addString("time-limits.dmn", edited).deploy().getId();
    }

    /** The made-up notice's other days: each statutory weekday holiday of 2027 and one 调休 Saturday. */
    void enterTheRestOf2027() {
        enter("2027-01-09", "WORKDAY", "元旦调休上班");
        for (String day : List.of("2027-02-05", "2027-02-08", "2027-04-05", "2027-06-09", "2027-09-15")) {
            enter(day, "HOLIDAY", "节日");
        }
        enter("2027-10-01", "HOLIDAY", "国庆节");
    }

    void enter(String day, String kind, String name) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var response = rest.withBasicAuth("admin", "admin").exchange("/api/calendar/days/" + day, HttpMethod.PUT,
                new HttpEntity<>("{\"kind\":\"" + kind + "\",\"name\":\"" + name + "\",\"source\":\"" + SOURCE + "\"}",
                        headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    }

    Task openTask(ProcessInstance unit) {
        return tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult();
    }

    Date ladderTimer(ProcessInstance unit) {
        return management.createJobQuery().processInstanceId(unit.getId()).timers().singleResult().getDuedate();
    }

    Date ledgerDue(String caseNo) {
        return Date.from(ledger.find(caseNo).orElseThrow().dueAt().toInstant());
    }

    List<String> recounts(String caseNo) {
        return ledger.trail(caseNo).stream().filter(TrailEvent.DEADLINE_RECOUNTED::is)
                .map(CaseEvent::detail).toList();
    }

    void runDueJobs(ProcessInstance unit) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(unit.getId()).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    static Date china(String localDateTime) {
        return Date.from(OffsetDateTime.parse(localDateTime + "+08:00").toInstant());
    }
}
